// The dashboard is kept per scope for a short while (cms/src/console/dashboard-cache.ts, issue 17): a
// second call does not run the counts again, and a user's own write shows on the next call at once.
import { bootApp, type TestApp } from '../helpers/app';
import { POWER, department, findOne, iso } from '../helpers/data';

interface Figure { key: string; count: number }
interface Figures { completeness: Figure[]; powersByStatus: Figure[] }

let app: TestApp;

beforeAll(async () => {
  app = await bootApp();
});
afterAll(async () => {
  await app?.close();
});

/** The dashboard of `username` and the number of SQL statements the server sent for it. */
async function dashboard(username: string): Promise<{ figures: Figures; statements: number }> {
  const auth = await app.bearer(username);
  // Sign-in first, so that only the dashboard's own statements are counted.
  await app.http().get('/console-api/me').set('Authorization', auth);
  let statements = 0;
  const listener = (): void => void (statements += 1);
  app.strapi.db.connection.on('query', listener);
  try {
    const res = await app.http().get('/console-api/dashboard').set('Authorization', auth);
    expect(res.status).toBe(200);
    return { figures: res.body as Figures, statements };
  } finally {
    app.strapi.db.connection.off('query', listener);
  }
}

const countOf = (figures: Figure[], key: string): number => {
  const found = figures.find((f) => f.key === key);
  if (!found) throw new Error(`no figure ${key}`);
  return found.count;
};

test('region tier: a second call within the window runs no counts again', async () => {
  const first = await dashboard('region-justice-reviewer');
  expect(first.statements).toBeGreaterThan(20);
  const second = await dashboard('region-justice-reviewer');
  expect(second.figures).toEqual(first.figures);
  // Authentication reads the user (cached by the token cache); the figures themselves are not read.
  expect(second.statements).toBeLessThan(3);
});

test("the user's own write through the console shows on the next dashboard at once", async () => {
  const before = await dashboard('league-dept-editor');
  const cached = await dashboard('league-dept-editor');
  expect(cached.statements).toBeLessThan(3);
  const market = await department(app.strapi, '锡林郭勒盟市场监督管理局');
  const power = await findOne(app.strapi, POWER, { code: 'SC-XK-001', department: { documentId: market } });
  const edit = await app.http().put(`/console-api/powers/${String(power.documentId)}`).set('Authorization', await app.bearer('league-dept-editor'))
    .send({ decomposition: [], updatedAt: iso(power.updatedAt) });
  expect(edit.status).toBe(200);
  const after = await dashboard('league-dept-editor');
  expect(after.statements).toBeGreaterThan(20);
  expect(countOf(after.figures.completeness, 'powersWithoutDecomposition')).toBe(countOf(before.figures.completeness, 'powersWithoutDecomposition') + 1);
});

test('a write made outside the console (the database layer, e.g. a job) also drops the kept answer', async () => {
  const before = await dashboard('league-dept-editor');
  const market = await department(app.strapi, '锡林郭勒盟市场监督管理局');
  const power = await findOne(app.strapi, POWER, { code: 'SC-XK-001', department: { documentId: market } });
  const from = String(power.status);
  expect(from).toBe('valid');
  await app.strapi.db.query(POWER).update({ where: { id: power.id }, data: { status: 'cancelled' } });
  const after = await dashboard('league-dept-editor');
  expect(after.statements).toBeGreaterThan(20);
  expect(countOf(after.figures.powersByStatus, 'cancelled')).toBe(countOf(before.figures.powersByStatus, 'cancelled') + 1);
});
