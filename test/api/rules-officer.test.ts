// 第十九条 CERTIFIED_OFFICER through /console-api as the county market department's editor: only an
// officer with a valid certificate holds a post with enforcement powers, whichever write puts
// them there (the officer's own record, or a power decomposed to the officer's post).
import type { Response } from 'supertest';
import { bootApp, type TestApp } from '../helpers/app';
import { OFFICER, POST, POWER, auditCount, count, department, findOne, iso, type Row } from '../helpers/data';
import { expectRule } from '../helpers/expect';

const EDITOR = 'county-dept-editor';

let app: TestApp;
let countyMarket: string;
/** 食品安全检查岗 of 锡林浩特市市场监督管理局: SC-JC-001 and SC-QZ-001 are decomposed to it. */
let checkPost: Row;
let checkAgency: string;

beforeAll(async () => {
  app = await bootApp();
  countyMarket = await department(app.strapi, '锡林浩特市市场监督管理局');
  checkPost = await findOne(app.strapi, POST, { name: '食品安全检查岗', agency: { department: { documentId: countyMarket } } }, { officers: true, agency: true });
  checkAgency = String((checkPost.agency as Row).documentId);
});
afterAll(async () => {
  await app?.close();
});

const bearer = (): Promise<string> => app.bearer(EDITOR);

async function officerState(documentId: string): Promise<Row> {
  const row = await findOne(app.strapi, OFFICER, { documentId }, { posts: true });
  return {
    updatedAt: iso(row.updatedAt), status: row.status, certificateNumber: row.certificateNumber,
    certificateExpiresAt: row.certificateExpiresAt === null ? null : String(row.certificateExpiresAt),
    posts: (row.posts as Row[]).map((p) => p.documentId),
  };
}

/** PUT with the version read straight from the database (a console GET of an officer is itself audited, Art. 21). */
async function put(resource: string, uid: string, id: string, body: Row): Promise<Response> {
  const row = await findOne(app.strapi, uid, { documentId: id });
  return app.http().put(`/console-api/${resource}/${id}`).set('Authorization', await bearer()).send({ ...body, updatedAt: iso(row.updatedAt) });
}

const post = async (resource: string, body: Row): Promise<Response> => app.http().post(`/console-api/${resource}`).set('Authorization', await bearer()).send(body);

/** An officer with a valid certificate currently on 食品安全检查岗. */
const certifiedOfficer = (): string => String((checkPost.officers as Row[])[0].documentId);

/** A new post without powers, with an officer who holds no certificate on it. */
async function uncertifiedOnPostWithoutPowers(postName: string, officerName: string): Promise<{ post: string; officer: string }> {
  const created = await post('posts', { name: postName, agency: checkAgency, responsibilities: '负责综合协调工作，不直接实施行政执法。' });
  expect(created.status).toBe(201);
  const postId = String((created.body as { id: string }).id);
  const officer = await post('officers', { name: officerName, posts: [postId], status: 'none' });
  expect(officer.status).toBe(201);
  return { post: postId, officer: String((officer.body as { id: string }).id) };
}

describe('第十九条 CERTIFIED_OFFICER: only certified officers hold posts with enforcement powers', () => {
  test("第十九条 CERTIFIED_OFFICER: revoking the certificate of an officer on a post with powers → 400 on `status`, officer unchanged", async () => {
    const id = certifiedOfficer();
    const before = await officerState(id);
    const audits = await auditCount(app.strapi);
    const res = await put('officers', OFFICER, id, { status: 'revoked' });
    expectRule(res, 'CERTIFIED_OFFICER', 'status');
    expect(await officerState(id)).toEqual(before);
    expect(before.status).toBe('valid');
    expect(await auditCount(app.strapi)).toBe(audits);
  });

  test('第十九条 CERTIFIED_OFFICER: an expired certificate on a post with powers → 400 on `certificateExpiresAt`', async () => {
    const id = certifiedOfficer();
    const before = await officerState(id);
    const audits = await auditCount(app.strapi);
    const res = await put('officers', OFFICER, id, { certificateExpiresAt: '2020-12-31' });
    const body = expectRule(res, 'CERTIFIED_OFFICER', 'certificateExpiresAt');
    expect(body.message).toContain('2020-12-31');
    expect(await officerState(id)).toEqual(before);
    expect(await auditCount(app.strapi)).toBe(audits);
  });

  test('第十九条 CERTIFIED_OFFICER: a new officer without certificate put on a post with powers → 400, nobody created', async () => {
    const officers = await count(app.strapi, OFFICER);
    const onPost = await count(app.strapi, OFFICER, { posts: { documentId: checkPost.documentId } });
    const audits = await auditCount(app.strapi);
    const res = await post('officers', { name: '未持证人员', posts: [String(checkPost.documentId)] });
    const body = expectRule(res, 'CERTIFIED_OFFICER', 'certificateNumber');
    expect(body.message).toContain('未持证人员');
    expect(await count(app.strapi, OFFICER)).toBe(officers);
    expect(await count(app.strapi, OFFICER, { name: '未持证人员' })).toBe(0);
    expect(await count(app.strapi, OFFICER, { posts: { documentId: checkPost.documentId } })).toBe(onPost);
    expect(await auditCount(app.strapi)).toBe(audits);
  });

  test('第十九条 CERTIFIED_OFFICER: an uncertified officer on a post without powers is fine (201)', async () => {
    const officers = await count(app.strapi, OFFICER);
    const { post: postId, officer } = await uncertifiedOnPostWithoutPowers('综合协调岗', '见习人员甲');
    expect(await count(app.strapi, OFFICER)).toBe(officers + 1);
    expect(await officerState(officer)).toMatchObject({ status: 'none', certificateNumber: null, posts: [postId] });
    expect(await auditCount(app.strapi, { action: 'create', resource: OFFICER, recordId: officer })).toBe(1);
  });

  test("第十九条 CERTIFIED_OFFICER: decomposing a power to the post of an uncertified officer → 400 on `decomposition`, power unchanged", async () => {
    const { post: postId } = await uncertifiedOnPostWithoutPowers('综合协调二岗', '见习人员乙');
    const power = await findOne(app.strapi, POWER, { code: 'SC-JC-001', department: { documentId: countyMarket } }, { decomposition: { populate: { post: true } } });
    const postsBefore = (power.decomposition as Row[]).map((d) => (d.post as Row | null)?.documentId ?? null);
    const audits = await auditCount(app.strapi);
    const res = await put('powers', POWER, String(power.documentId), {
      decomposition: [
        { agency: checkAgency, post: String(checkPost.documentId), role: 'handle' },
        { agency: checkAgency, post: postId, role: 'review' },
      ],
    });
    const body = expectRule(res, 'CERTIFIED_OFFICER', 'decomposition');
    expect(body.message).toContain('见习人员乙');
    const after = await findOne(app.strapi, POWER, { documentId: power.documentId }, { decomposition: { populate: { post: true } } });
    expect((after.decomposition as Row[]).map((d) => (d.post as Row | null)?.documentId ?? null)).toEqual(postsBefore);
    expect(iso(after.updatedAt)).toBe(iso(power.updatedAt));
    expect(await auditCount(app.strapi)).toBe(audits);
  });
});
