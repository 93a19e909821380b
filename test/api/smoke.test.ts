import { bootApp, type TestApp } from '../helpers/app';

let app: TestApp;
beforeAll(async () => {
  app = await bootApp();
});
afterAll(async () => {
  await app.close();
});

test('a county editor signs in and lists its own powers through /console-api', async () => {
  const token = await app.token('county-dept-editor');
  const res = await app.http().get('/console-api/powers').query({ range: '[0,9]', sort: '["code","ASC"]' }).set('Authorization', `Bearer ${token}`);
  expect(res.status).toBe(200);
  expect(res.headers['content-range']).toMatch(/^powers 0-\d+\/5$/);
  expect(res.body.length).toBe(5);
});

test('the console placeholder page is served at /console', async () => {
  const res = await app.http().get('/console');
  expect(res.status).toBe(200);
  expect(res.text).toContain('行政执法责任制');
});
