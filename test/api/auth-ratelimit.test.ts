// Sign-in stays rate-limited per address by default (users-permissions: 10 a minute); the browser
// tests raise the limit through AUTH_RATELIMIT_MAX, which must not leak into the default.
import { bootApp, type TestApp } from '../helpers/app';

let app: TestApp;
beforeAll(async () => {
  delete process.env.AUTH_RATELIMIT_MAX;
  app = await bootApp();
});
afterAll(async () => {
  await app?.close();
});

test('the eleventh sign-in attempt within a minute from one address is refused with 429', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 11; i += 1) {
    const res = await app.http().post('/api/auth/local').send({ identifier: 'county-viewer', password: 'wrong-password' });
    statuses.push(res.status);
  }
  expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
  expect(statuses[10]).toBe(429);
});
