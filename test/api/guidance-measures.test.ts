// 第十七条 GUIDANCE_MEASURE: 行政指导 and other non-coercive means recorded per power of the
// department's own list — 首违不罚/轻微免罚 only on penalty items with conditions and basis, 柔性执法
// cases with their date and outcome — scoped to the department, and published with the list: the
// public item shows them as frozen at submission.
import { bootApp, type TestApp } from '../helpers/app';
import { POWER, department, findOne, type Row } from '../helpers/data';
import { expectRule, totalOf } from '../helpers/expect';
import { publishSeededList, putRecord, tierUsers } from '../helpers/workflow';

const UID = 'api::guidance-measure.guidance-measure';
const RES = 'guidance-measures';
const COUNTY_MARKET = '锡林浩特市市场监督管理局';

let app: TestApp;
let countyMarket: string;
let penalty: Row;
let licensing: Row;
let otherPower: string;
let exemptionId: string;

const post = async (username: string, body: Row) => app.http().post(`/console-api/${RES}`).set('Authorization', await app.bearer(username)).send(body);
const exemption = (over: Row = {}): Row => ({
  kind: 'first-offence-exemption', power: String(penalty.documentId), title: '首次销售标签瑕疵食品不予处罚',
  content: '当事人首次违法且及时改正的，依法不予行政处罚，予以批评教育。',
  conditions: '首次发现；标签瑕疵不影响食品安全且不会对消费者造成误导；当场或限期改正。',
  basis: '《中华人民共和国行政处罚法》第三十三条第一款', ...over,
});

beforeAll(async () => {
  app = await bootApp();
  countyMarket = await department(app.strapi, COUNTY_MARKET);
  penalty = await findOne(app.strapi, POWER, { department: { documentId: countyMarket }, type: 'penalty', status: 'valid' });
  licensing = await findOne(app.strapi, POWER, { department: { documentId: countyMarket }, type: 'licensing', status: 'valid' });
  otherPower = String((await findOne(app.strapi, POWER, { department: { documentId: await department(app.strapi, '二连浩特市市场监督管理局') } })).documentId);
});
afterAll(async () => {
  await app?.close();
});

describe('第十七条 GUIDANCE_MEASURE: 行政指导和非强制手段', () => {
  test('第十七条: the county editor records a 首违不罚 entry on a penalty item (201), put on its own department', async () => {
    const res = await post('county-dept-editor', exemption());
    expect(res.status).toBe(201);
    exemptionId = String(res.body.id);
    const row = await findOne(app.strapi, UID, { documentId: exemptionId }, { department: true });
    expect((row.department as Row).documentId).toBe(countyMarket);
  });

  test('第十七条: 首违不罚 on a licensing item → 400 on kind; without conditions or basis → 400 on that field; nothing stored', async () => {
    const before = await app.strapi.db.query(UID).count({});
    expectRule(await post('county-dept-editor', exemption({ power: String(licensing.documentId) })), 'GUIDANCE_MEASURE', 'kind');
    expectRule(await post('county-dept-editor', exemption({ kind: 'minor-exemption', conditions: '  ' })), 'GUIDANCE_MEASURE', 'conditions');
    expectRule(await post('county-dept-editor', exemption({ basis: null })), 'GUIDANCE_MEASURE', 'basis');
    expect(await app.strapi.db.query(UID).count({})).toBe(before);
  });

  test('第十七条: a 柔性执法 case without its date, dated tomorrow, or without outcome → 400 on that field; with them 201', async () => {
    const soft: Row = { kind: 'soft-enforcement-case', power: String(penalty.documentId), title: '某小餐馆未公示许可证劝导整改案', content: '执法人员现场说明规定，督促当场公示。', caseDate: '2026-06-01', outcome: '当场整改，未予处罚。' };
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expectRule(await post('county-dept-editor', { ...soft, caseDate: null }), 'GUIDANCE_MEASURE', 'caseDate');
    expectRule(await post('county-dept-editor', { ...soft, caseDate: tomorrow }), 'GUIDANCE_MEASURE', 'caseDate');
    expectRule(await post('county-dept-editor', { ...soft, outcome: '' }), 'GUIDANCE_MEASURE', 'outcome');
    expect((await post('county-dept-editor', soft)).status).toBe(201);
  });

  test('第十七条: a measure without a power → 400 on power; another county\'s power is not the department\'s to record on', async () => {
    const { power: _omit, ...withoutPower } = exemption();
    expectRule(await post('county-dept-editor', { ...withoutPower, kind: 'guidance' }), 'GUIDANCE_MEASURE', 'power');
    const foreign = await post('county-dept-editor', { kind: 'guidance', power: otherPower, title: '告知', content: '提前告知' });
    expect(foreign.status).toBeGreaterThanOrEqual(400);
    expect(foreign.status).toBeLessThan(500);
  });

  test('第十七条: an edit that makes an entry break the rule is refused and leaves it as it was', async () => {
    expectRule(await putRecord(app, 'county-dept-editor', RES, UID, exemptionId, { power: String(licensing.documentId) }), 'GUIDANCE_MEASURE', 'kind');
    const row = await findOne(app.strapi, UID, { documentId: exemptionId }, { power: true });
    expect((row.power as Row).documentId).toBe(penalty.documentId);
  });

  test('scope: the county reviewer lists them; another county neither lists nor reads them', async () => {
    const own = await app.http().get(`/console-api/${RES}`).set('Authorization', await app.bearer('county-justice-reviewer'));
    expect(totalOf(own.headers['content-range'])).toBe(2);
    const other = await app.http().get(`/console-api/${RES}`).set('Authorization', await app.bearer('county2-justice-reviewer'));
    expect(totalOf(other.headers['content-range'])).toBe(0);
    expect((await app.http().get(`/console-api/${RES}/${exemptionId}`).set('Authorization', await app.bearer('county2-viewer'))).status).toBe(404);
  });

  test('第十七条、第十三条: published with the list — the public item shows the penalty item\'s 首违不罚 entry and 柔性执法 case', async () => {
    const listId = await publishSeededList(app, COUNTY_MARKET, tierUsers('county'));
    const page = await app.http().get(`/api/public/lists/${listId}/items`).query({ q: String(penalty.code), pageSize: 100 });
    expect(page.status).toBe(200);
    const summary = (page.body.data as Row[]).find((i) => i.code === penalty.code);
    const item = await app.http().get(`/api/public/items/${String(summary?.id)}`);
    expect(item.status).toBe(200);
    const guidance = (item.body.data as { guidance: Row[] }).guidance;
    expect(guidance.map((g) => g.kind).sort()).toEqual(['first-offence-exemption', 'soft-enforcement-case']);
    expect(guidance.find((g) => g.kind === 'first-offence-exemption')).toMatchObject({ basis: '《中华人民共和国行政处罚法》第三十三条第一款', conditions: expect.stringContaining('首次发现') });
    // An item without measures carries none.
    const all = await app.http().get(`/api/public/lists/${listId}/items`).query({ pageSize: 100 });
    const plain = (all.body.data as Row[]).find((i) => i.code !== penalty.code);
    expect(plain).toBeDefined();
    if (plain) expect((await app.http().get(`/api/public/items/${String(plain.id)}`)).body.data.guidance).toEqual([]);
  });
});
