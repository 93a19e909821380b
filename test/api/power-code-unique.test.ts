// Issue 13, uniqueness in the database: a power code is unique within its department (Art. 11, the
// department's own list of powers), enforced by a trigger that reaches Strapi's link table
// (cms/src/database/power-code-unique.ts). 20 concurrent creates of one code in one department
// store one; the same code in another department is allowed; a cancelled power releases its code;
// a duplicate written behind Strapi's back (raw SQL) is refused by the database itself.
import type { Response } from 'supertest';
import { bootApp, type TestApp } from '../helpers/app';
import { ADJUSTMENT, department, findOne, POWER, type Row } from '../helpers/data';

let app: TestApp;
let market: string;
let market2: string;
let template: Row;

/** Art. 11: a department adds a power only under an approved 新增 adjustment; made by the server here. */
async function approvedAddition(dept: string): Promise<string> {
  const created: unknown = await app.strapi.documents(ADJUSTMENT).create({
    data: { kind: 'add', department: dept, state: 'approved', reason: '新法赋予的职权（编码唯一性测试）' },
  });
  return String((created as Row).documentId);
}

/** A power of the department as the console reads it, ready to be sent back as a new one. */
async function powerBody(auth: string, dept: string): Promise<Row> {
  const list = await app.http().get('/console-api/powers').query({ filter: JSON.stringify({ department: dept }), range: '[0,0]' }).set('Authorization', auth);
  expect(list.status).toBe(200);
  const id = String((list.body as Row[])[0]?.id);
  const one = await app.http().get(`/console-api/powers/${id}`).set('Authorization', auth);
  expect(one.status).toBe(200);
  const body: Row = { ...(one.body as Row) };
  for (const key of ['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt']) delete body[key];
  return { ...body, adjustment: await approvedAddition(dept) };
}

const codeOf = (res: Response): unknown => (res.body as { code?: unknown }).code;
const inDepartment = (code: string, dept: string) => app.strapi.db.query(POWER).count({ where: { code, department: { documentId: dept } } });

beforeAll(async () => {
  app = await bootApp();
  market = await department(app.strapi, '锡林浩特市市场监督管理局');
  market2 = await department(app.strapi, '二连浩特市市场监督管理局');
  template = await powerBody(await app.bearer('county-dept-editor'), market);
});
afterAll(async () => {
  await app?.close();
});

describe('第十一条: one power code per department, in the database', () => {
  test('20 concurrent creates of one code in one department store exactly 1; the 19 others are a 400 UNIQUE on code, in Chinese', async () => {
    const auth = await app.bearer('county-dept-editor');
    const code = 'UNIQ-CF-20261205';
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) =>
      app.http().post('/console-api/powers').set('Authorization', auth).send({ ...template, code, name: `并发新增事项${i}` })));
    const statuses = answers.map((r) => r.status).sort();
    expect({ statuses, first: answers.find((r) => r.status !== 400 || codeOf(r) !== 'UNIQUE')?.body as unknown }).toMatchObject({ statuses: expect.arrayContaining([201]) });
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    const refused = answers.filter((r) => r.status !== 201);
    expect(refused).toHaveLength(19);
    for (const r of refused) {
      expect({ status: r.status, code: codeOf(r) }).toEqual({ status: 400, code: 'UNIQUE' });
      expect((r.body as { errors: Record<string, string[]> }).errors).toHaveProperty('code');
      expect((r.body as { message: string }).message).toMatch(/事项编码须唯一.*第十一条/);
    }
    expect(await inDepartment(code, market)).toBe(1);
  }, 120_000);

  test('the same code in another department is allowed', async () => {
    const code = 'UNIQ-XK-TWO-DEPTS';
    const first = await app.http().post('/console-api/powers').set('Authorization', await app.bearer('county-dept-editor')).send({ ...template, code, name: '两个部门的同编码事项' });
    expect({ status: first.status, body: first.body as unknown }).toMatchObject({ status: 201 });
    const other = await powerBody(await app.bearer('county2-dept-editor'), market2);
    const second = await app.http().post('/console-api/powers').set('Authorization', await app.bearer('county2-dept-editor')).send({ ...other, code, name: '两个部门的同编码事项' });
    expect(second.status).toBe(201);
    expect([await inDepartment(code, market), await inDepartment(code, market2)]).toEqual([1, 1]);
  }, 60_000);

  test('changing a power to a code its department already uses is refused; a cancelled power releases its code', async () => {
    const auth = await app.bearer('county-dept-editor');
    const taken = await app.http().post('/console-api/powers').set('Authorization', auth).send({ ...template, code: 'UNIQ-TAKEN', name: '占用编码的事项' });
    expect(taken.status).toBe(201);
    const mover = await app.http().post('/console-api/powers').set('Authorization', auth).send({ ...template, code: 'UNIQ-MOVER', name: '改编码的事项' });
    expect(mover.status).toBe(201);
    const renamed = await app.http().put(`/console-api/powers/${String((mover.body as Row).id)}`).set('Authorization', auth).send({ ...(mover.body as Row), code: 'UNIQ-TAKEN' });
    expect({ status: renamed.status, code: codeOf(renamed) }).toEqual({ status: 400, code: 'UNIQUE' });
    expect((await findOne(app.strapi, POWER, { documentId: (mover.body as Row).id })).code).toBe('UNIQ-MOVER');

    // Art. 11: a cancelled power stays on record with its code, and a later power of the department may take the code again.
    const setStatus = (status: string) => app.strapi.db.connection.raw('UPDATE powers SET status = ? WHERE document_id = ?', [status, String((taken.body as Row).id)]);
    await setStatus('cancelled');
    const again = await app.http().post('/console-api/powers').set('Authorization', auth).send({ ...template, code: 'UNIQ-TAKEN', name: '重新新增的事项' });
    expect(again.status).toBe(201);
    // …but the cancelled one cannot come back into force while the code is held.
    await expect(setStatus('valid')).rejects.toMatchObject({ code: '23505', constraint: 'powers_department_code_key' });
    // An undertaken copy (承接) carries the delegating department's code and is outside the check.
    await expect(setStatus('undertaken')).resolves.toBeDefined();
  }, 60_000);

  test('the database refuses a duplicate written behind Strapi\'s back (raw SQL on the link table)', async () => {
    const knex = app.strapi.db.connection;
    const existing = await findOne(app.strapi, POWER, { code: 'UNIQ-CF-20261205', department: { documentId: market } });
    const dept = await findOne(app.strapi, 'api::department.department', { documentId: market });
    const inserted = (await knex.raw("INSERT INTO powers (document_id, code, name, type, status) VALUES ('rawdup0000000000000000001', ?, '绕过应用的重复事项', 'penalty', 'valid') RETURNING id", [existing.code])) as { rows: { id: number }[] };
    await expect(knex.raw('INSERT INTO powers_department_lnk (power_id, department_id) VALUES (?, ?)', [inserted.rows[0]?.id, dept.id]))
      .rejects.toMatchObject({ code: '23505', constraint: 'powers_department_code_key' });
    const triggers = (await knex.raw("SELECT tgname, tgrelid::regclass::text AS tbl FROM pg_trigger WHERE tgname LIKE 'nmg_power_code%' ORDER BY 2, 1")) as { rows: Row[] };
    expect(triggers.rows).toEqual([
      { tgname: 'nmg_power_code_unique', tbl: 'powers' },
      { tgname: 'nmg_power_code_moved', tbl: 'powers_department_lnk' },
      { tgname: 'nmg_power_code_unique', tbl: 'powers_department_lnk' },
    ]);
  });
});
