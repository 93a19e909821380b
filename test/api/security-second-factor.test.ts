// The second factor (config/security.json secondFactor; GB/T 22239-2019 8.1.4.1 d, RFC 6238): the
// roles it names cannot use the console or /api before enrolling; enrolment gives a QR code, takes the
// first code and hands out recovery codes once; an enrolled account gets no token for its password
// alone, a wrong or replayed code is refused and counts towards the lockout, a recovery code works
// once, and a gov-admin of the subtree resets a lost factor. Every step is in the audit trail.
import { bootApp, bearerOf, DEMO_PASSWORD, type TestApp } from '../helpers/app';
import { auditRows, findOne } from '../helpers/data';
import { totp } from '../helpers/totp';

const USER = 'plugin::users-permissions.user';

let app: TestApp;

beforeAll(async () => {
  process.env.AUTH_RATELIMIT_MAX = '1000';
  process.env.SECOND_FACTOR_ENFORCE = 'true';
  app = await bootApp();
});
afterAll(async () => {
  delete process.env.AUTH_RATELIMIT_MAX;
  delete process.env.SECOND_FACTOR_ENFORCE;
  await app?.close();
});

const signIn = (identifier: string, password = DEMO_PASSWORD) => app.http().post('/api/auth/local').send({ identifier, password });
const secondStep = (ticket: string, code: string) => app.http().post('/console-api/auth/second-factor').send({ ticket, code });
/** A code of a later time step (within the server's window of one step): newer than any used before. */
const nextCode = (secret: string, steps = 1) => totp(secret, Date.now() + steps * 30_000);
const documentIdOf = async (username: string) => String((await findOne(app.strapi, USER, { username })).documentId);

async function enrol(username: string): Promise<{ secret: string; recoveryCodes: string[]; jwt: string }> {
  const jwt = String((await signIn(username)).body.jwt);
  const setup = await app.http().post('/console-api/auth/second-factor/setup').set('Authorization', bearerOf(jwt));
  expect(setup.status).toBe(200);
  const secret = String(setup.body.secret);
  const enable = await app.http().post('/console-api/auth/second-factor/enable').set('Authorization', bearerOf(jwt)).send({ code: totp(secret) });
  expect(enable.status).toBe(200);
  return { secret, recoveryCodes: enable.body.recoveryCodes as string[], jwt };
}

test('a justice reviewer who has not enrolled is sent to enrolment: the console API and /api refuse everything but /me and the enrolment', async () => {
  const jwt = String((await signIn('county-justice-reviewer')).body.jwt);
  const auth = { Authorization: bearerOf(jwt) };
  const powers = await app.http().get('/console-api/powers').set(auth);
  expect(powers.status).toBe(403);
  expect(powers.body.code).toBe('SECOND_FACTOR_REQUIRED');
  expect(powers.body.message).toContain('两步验证');
  const me = await app.http().get('/console-api/me').set(auth);
  expect(me.status).toBe(200);
  expect(me.body).toMatchObject({ secondFactorDue: true, secondFactorEnrolled: false });
  expect((await app.http().get('/api/powers').set(auth)).status).toBe(401);
  // An editor's role needs no second factor: the same password sign-in opens everything.
  const editor = String((await signIn('county-dept-editor')).body.jwt);
  expect((await app.http().get('/console-api/powers').set('Authorization', bearerOf(editor))).status).toBe(200);
});

test('enrolment: a QR code and the secret, a wrong first code refused, the right one gives 10 recovery codes once; the console opens', async () => {
  const jwt = String((await signIn('league-justice-reviewer')).body.jwt);
  const auth = { Authorization: bearerOf(jwt) };
  const setup = await app.http().post('/console-api/auth/second-factor/setup').set(auth);
  expect(setup.status).toBe(200);
  expect(setup.body.qr).toMatch(/^data:image\/png;base64,/);
  expect(setup.body.uri).toContain('otpauth://totp/');
  expect(setup.body.uri).toContain(`secret=${String(setup.body.secret)}`);
  const wrong = await app.http().post('/console-api/auth/second-factor/enable').set(auth).send({ code: '000000' });
  expect(wrong.status).toBe(400);
  expect(wrong.body.code).toBe('SECOND_FACTOR_INVALID');
  const right = await app.http().post('/console-api/auth/second-factor/enable').set(auth).send({ code: totp(String(setup.body.secret)) });
  expect(right.status).toBe(200);
  expect(right.body.recoveryCodes).toHaveLength(10);
  expect(new Set(right.body.recoveryCodes).size).toBe(10);
  expect((await app.http().get('/console-api/powers').set(auth)).status).toBe(200);
  const again = await app.http().post('/console-api/auth/second-factor/setup').set(auth);
  expect(again.status).toBe(409);
  expect(again.body.code).toBe('SECOND_FACTOR_ENROLLED');
  // The secret is stored encrypted, the recovery codes only as hashes.
  const stored = (await app.strapi.db.connection.raw('SELECT secret, recovery FROM nmg_second_factors f JOIN up_users u ON u.id = f.user_id WHERE u.username = ?', ['league-justice-reviewer'])) as { rows: { secret: string; recovery: string[] }[] };
  expect(stored.rows[0]?.secret).not.toContain(String(setup.body.secret));
  expect(JSON.stringify(stored.rows[0]?.recovery)).not.toContain(String(right.body.recoveryCodes[0]).replace('-', ''));
  const enrolled = await auditRows(app.strapi, { action: 'second-factor-enrol', recordId: await documentIdOf('league-justice-reviewer') });
  expect(enrolled).toHaveLength(1);
});

test('an enrolled account gets a ticket, not a token, for its password; the right code gives the token, a replayed one is refused', async () => {
  const { secret } = await enrol('region-justice-reviewer');
  const first = await signIn('region-justice-reviewer');
  expect(first.status).toBe(200);
  expect(first.body.jwt).toBeUndefined();
  expect(first.body.user).toBeUndefined();
  expect(first.body).toMatchObject({ secondFactorRequired: true, expiresInSeconds: 300 });
  // The ticket is no token anywhere.
  expect((await app.http().get('/console-api/me').set('Authorization', bearerOf(String(first.body.ticket)))).status).toBe(401);
  const code = nextCode(secret);
  const ok = await secondStep(String(first.body.ticket), code);
  expect(ok.status).toBe(200);
  expect(typeof ok.body.jwt).toBe('string');
  expect((await app.http().get('/console-api/powers').set('Authorization', bearerOf(String(ok.body.jwt)))).status).toBe(200);
  const replay = await secondStep(String((await signIn('region-justice-reviewer')).body.ticket), code);
  expect(replay.status).toBe(400);
  expect(replay.body.code).toBe('SECOND_FACTOR_INVALID');
  const forged = await secondStep(`${String(first.body.ticket)}x`, nextCode(secret, 2));
  expect(forged.status).toBe(401);
  expect(forged.body.code).toBe('SECOND_FACTOR_TICKET_INVALID');
  const signIns = await auditRows(app.strapi, { action: 'sign-in', recordId: await documentIdOf('region-justice-reviewer') });
  expect(signIns.at(-1)?.changes).toMatchObject({ secondFactor: 'totp' });
});

test('a recovery code works once; five wrong codes lock the account like wrong passwords', async () => {
  const { recoveryCodes } = await enrol('county-gov-admin');
  const ticket = String((await signIn('county-gov-admin')).body.ticket);
  const recovered = await secondStep(ticket, recoveryCodes[0] ?? '');
  expect(recovered.status).toBe(200);
  expect(recovered.body.recoveryLeft).toBe(9);
  const reused = await secondStep(String((await signIn('county-gov-admin')).body.ticket), recoveryCodes[0] ?? '');
  expect(reused.status).toBe(400);
  const again = String((await signIn('county-gov-admin')).body.ticket);
  // One wrong code above; four more lock (config/security.json signIn.maxFailures = 5).
  for (let i = 0; i < 3; i += 1) expect((await secondStep(again, '123456')).body.code).toBe('SECOND_FACTOR_INVALID');
  const locking = await secondStep(again, '654321');
  expect(locking.status).toBe(403);
  expect(locking.body.code).toBe('ACCOUNT_LOCKED');
  expect(locking.body.message).toContain('锁定');
  const recordId = await documentIdOf('county-gov-admin');
  expect(await auditRows(app.strapi, { action: 'second-factor-failed', recordId })).toHaveLength(5);
  expect(await auditRows(app.strapi, { action: 'lockout', recordId })).toHaveLength(1);
});

test('a gov-admin of the subtree resets a lost factor (one of a county below cannot); the account then enrols again', async () => {
  const target = await documentIdOf('league-justice-reviewer');
  const outsider = (await enrol('county2-gov-admin')).jwt;
  const refused = await app.http().post(`/console-api/users/${target}/second-factor-reset`).set('Authorization', bearerOf(outsider));
  expect(refused.status).toBe(404);
  const admin = (await enrol('league-gov-admin')).jwt;
  const reset = await app.http().post(`/console-api/users/${target}/second-factor-reset`).set('Authorization', bearerOf(admin));
  expect(reset.status).toBe(200);
  expect((await auditRows(app.strapi, { action: 'second-factor-reset', recordId: target }))[0]).toMatchObject({ actor: 'league-gov-admin' });
  const twice = await app.http().post(`/console-api/users/${target}/second-factor-reset`).set('Authorization', bearerOf(admin));
  expect(twice.body.code).toBe('SECOND_FACTOR_NOT_ENROLLED');
  // The password alone gives a token again, which opens enrolment only.
  const jwt = String((await signIn('league-justice-reviewer')).body.jwt);
  expect((await app.http().get('/console-api/powers').set('Authorization', bearerOf(jwt))).body.code).toBe('SECOND_FACTOR_REQUIRED');
});
