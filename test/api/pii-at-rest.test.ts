// 第二十一条 PII_PROTECTED at rest: officers' ID numbers and phones are encrypted in the database
// (AES-256-GCM under PII_KEY, a keyed hash for exact search), whatever path writes them; the console
// still masks lists, shows a single read in full, finds an officer by the complete ID number, and a
// key rotation re-encrypts every row while everything still reads.
import { randomBytes } from 'crypto';
import { bootApp, type TestApp } from '../helpers/app';
import { OFFICER, department, type Row } from '../helpers/data';
import { migratePii, piiRowsBehind } from '../../cms/src/server/pii-migrate';

let app: TestApp;
let countyMarket: string;
const EDITOR = 'county-dept-editor';

/** The officer's row as PostgreSQL holds it, bypassing Strapi. */
const rawRow = async (documentId: string): Promise<Row> =>
  (await app.strapi.db.connection('officers').where({ document_id: documentId }).first()) as Row;

const listByIdNumber = async (idNumber: string) =>
  app.http().get('/console-api/officers').query({ filter: JSON.stringify({ idNumber }) }).set('Authorization', await app.bearer(EDITOR));

beforeAll(async () => {
  app = await bootApp();
  countyMarket = await department(app.strapi, '锡林浩特市市场监督管理局');
});
afterAll(async () => {
  delete process.env.PII_KEY;
  delete process.env.PII_KEY_OLD;
  await app?.close();
});

describe('第二十一条 PII_PROTECTED: no clear ID number or phone in the database', () => {
  test('the seeded template database holds no clear ID number or phone', async () => {
    const clear = await app.strapi.db.connection('officers').whereNot('id_number', 'like', 'enc1:%').orWhereNot('phone', 'like', 'enc1:%').count({ n: '*' }).first() as Row;
    expect(Number(clear.n)).toBe(0);
    expect(Number((await app.strapi.db.connection('officers').count({ n: '*' }).first() as Row).n)).toBeGreaterThan(0);
  });

  test('create through the console API: the column holds ciphertext, a list masks, a single read shows it', async () => {
    const res = await app.http().post('/console-api/officers').set('Authorization', await app.bearer(EDITOR))
      .send({ name: '加密测试甲', status: 'none', idNumber: '15250219900101123X', phone: '13904791234' });
    expect(res.status).toBe(201);
    const id = String((res.body as Row).id);
    const raw = await rawRow(id);
    expect(String(raw.id_number)).toMatch(/^enc1:a:[0-9a-f]{8}:/);
    expect(String(raw.id_number)).not.toContain('15250219900101123X');
    expect(String(raw.phone)).not.toContain('13904791234');
    expect(String(raw.id_number_hash)).toMatch(/^[0-9a-f]{64}$/);

    const list = await app.http().get('/console-api/officers').query({ filter: JSON.stringify({ department: countyMarket }), range: '[0,199]' }).set('Authorization', await app.bearer(EDITOR));
    const row = (list.body as Row[]).find((r) => r.id === id);
    expect(row?.idNumber).toBe('1525**********123X');
    expect(row).not.toHaveProperty('idNumberHash');
    const one = await app.http().get(`/console-api/officers/${id}`).set('Authorization', await app.bearer(EDITOR));
    expect(one.body).toMatchObject({ idNumber: '15250219900101123X', phone: '13904791234' });
    expect(one.body).not.toHaveProperty('idNumberHash');
  });

  test('an update re-encrypts and the hash follows the new value', async () => {
    const res = await app.http().post('/console-api/officers').set('Authorization', await app.bearer(EDITOR)).send({ name: '加密测试乙', status: 'none', idNumber: '152502199002021111' });
    const id = String((res.body as Row).id);
    const before = await rawRow(id);
    const put = await app.http().put(`/console-api/officers/${id}`).set('Authorization', await app.bearer(EDITOR)).send({ ...(res.body as Row), idNumber: '152502199002022222' });
    expect(put.status).toBe(200);
    const after = await rawRow(id);
    expect(after.id_number_hash).not.toBe(before.id_number_hash);
    expect(String(after.id_number)).not.toContain('152502199002022222');
    expect(((await listByIdNumber('152502199002022222')).body as Row[]).map((r) => r.id)).toEqual([id]);
    expect((await listByIdNumber('152502199002021111')).body).toEqual([]);
  });

  test('Strapi\'s /api write route is closed; the document service (the content manager\'s path) stores ciphertext', async () => {
    const closed = await app.http().post('/api/officers').set('Authorization', await app.bearer(EDITOR))
      .send({ data: { name: '加密测试己', status: 'none', idNumber: '152502199006066666', phone: '13904796666' } });
    expect(closed.status).toBe(405);
    const countyDepartment = await department(app.strapi, '锡林浩特市市场监督管理局');
    await app.strapi.documents(OFFICER).create({ data: { name: '加密测试己', status: 'none', idNumber: '152502199006066666', phone: '13904796666', department: countyDepartment } });
    const stored = await app.strapi.db.connection('officers').where({ name: '加密测试己' }).first() as Row;
    expect(String(stored.id_number)).toMatch(/^enc1:/);
    expect(String(stored.phone)).toMatch(/^enc1:/);
    expect(((await listByIdNumber('152502199006066666')).body as Row[]).map((r) => r.idNumber)).toEqual(['1525**********6666']);
  });

  test('a committed import (set-based bulk path) stores ciphertext too', async () => {
    const res = await app.http().post('/console-api/officers/import').set('Authorization', await app.bearer(EDITOR))
      .send({ commit: true, rows: [{ name: '加密导入丙', status: 'none', idNumber: '152502199003033333', phone: '13904793333' }] });
    expect(res.status).toBe(200);
    const stored = await app.strapi.db.connection('officers').where({ name: '加密导入丙' }).first() as Row;
    expect(String(stored.id_number)).toMatch(/^enc1:/);
    expect(String(stored.phone)).toMatch(/^enc1:/);
    expect(((await listByIdNumber('152502199003033333')).body as Row[]).map((r) => r.idNumber)).toEqual(['1525**********3333']);
  });

  test('a row-by-row import stores ciphertext too', async () => {
    process.env.IMPORT_ROW_BY_ROW = '1';
    try {
      const res = await app.http().post('/console-api/officers/import').set('Authorization', await app.bearer(EDITOR))
        .send({ commit: true, rows: [{ name: '加密导入丁', status: 'none', idNumber: '152502199004044444' }] });
      expect(res.status).toBe(200);
    } finally {
      delete process.env.IMPORT_ROW_BY_ROW;
    }
    const stored = await app.strapi.db.connection('officers').where({ name: '加密导入丁' }).first() as Row;
    expect(String(stored.id_number)).toMatch(/^enc1:/);
  });

  test('a clear value written by raw SQL (as the region generator does) is encrypted by the start-up migration', async () => {
    const res = await app.http().post('/console-api/officers').set('Authorization', await app.bearer(EDITOR)).send({ name: '加密测试戊', status: 'none' });
    const id = String((res.body as Row).id);
    await app.strapi.db.connection('officers').where({ document_id: id }).update({ id_number: '152502199005055555', phone: '13904795555' });
    expect(await migratePii(app.strapi, 'clear')).toBe(1);
    expect(String((await rawRow(id)).id_number)).toMatch(/^enc1:/);
    expect(((await listByIdNumber('152502199005055555')).body as Row[]).map((r) => r.id)).toEqual([id]);
    expect(await migratePii(app.strapi, 'clear')).toBe(0);
  });
});

describe('第二十一条 PII_PROTECTED: exact search only', () => {
  test('a partial ID number is refused with INVALID_FILTER naming Art. 21', async () => {
    const res = await listByIdNumber('152502');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'INVALID_FILTER' });
    expect(String(res.body.message)).toContain('第二十一条');
  });

  test('an ID number outside the reader\'s scope finds nothing', async () => {
    const [outside] = (await app.strapi.db.query(OFFICER).findMany({ where: { department: { name: '内蒙古自治区市场监督管理局' }, idNumber: { $notNull: true } }, limit: 1 })) as Row[];
    expect(typeof outside?.idNumber).toBe('string');
    expect((await listByIdNumber(String(outside.idNumber))).body).toEqual([]);
  });
});

describe('第二十一条 PII_PROTECTED: key rotation', () => {
  test('rotation re-encrypts every row under the new key, idempotently, and everything still reads', async () => {
    const sample = (await app.strapi.db.query(OFFICER).findMany({ where: { idNumber: { $notNull: true } }, limit: 3, orderBy: { id: 'asc' } })) as Row[];
    const oldRaw = await rawRow(String(sample[0].documentId));
    const oldKeyId = String(oldRaw.id_number).split(':')[2];
    process.env.PII_KEY_OLD = 'ZGV2ZWxvcG1lbnQtb25seS1waWkta2V5LTMyLWJ5dGU='; // the development key in use so far
    process.env.PII_KEY = randomBytes(32).toString('base64');
    expect(await piiRowsBehind(app.strapi)).toBeGreaterThan(0);
    expect(await migratePii(app.strapi, 'rotate')).toBeGreaterThan(0);
    expect(await piiRowsBehind(app.strapi)).toBe(0);
    expect(await migratePii(app.strapi, 'rotate')).toBe(0);
    const newRaw = await rawRow(String(sample[0].documentId));
    expect(String(newRaw.id_number).split(':')[2]).not.toBe(oldKeyId);
    expect(newRaw.id_number_hash).toBe(oldRaw.id_number_hash);
    const again = (await app.strapi.db.query(OFFICER).findMany({ where: { id: { $in: sample.map((s) => s.id) } }, orderBy: { id: 'asc' } })) as Row[];
    expect(again.map((o) => [o.idNumber, o.phone])).toEqual(sample.map((o) => [o.idNumber, o.phone]));
    // Without the old key the new values still read: PII_KEY_OLD can now be removed.
    delete process.env.PII_KEY_OLD;
    const one = await app.http().get(`/console-api/officers/${String(sample[0].documentId)}`).set('Authorization', await app.bearer('region-gov-admin'));
    expect([200, 404]).toContain(one.status);
    const direct = (await app.strapi.db.query(OFFICER).findOne({ where: { id: sample[0].id } })) as Row;
    expect(direct.idNumber).toBe(sample[0].idNumber);
  });
});
