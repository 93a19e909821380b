// The browser-facing posture (GB/T 22239-2019 访问控制, 入侵防范, 恶意代码防范): registration closed,
// CORS from the CORS_ORIGINS allow-list, security headers on every surface, uploads judged by
// content and served so that they never run from the console's origin.
import { unlinkSync, writeFileSync } from 'fs';
import { join } from 'path';
import { bootApp, type TestApp } from '../helpers/app';
import { BOOT, ROOT } from '../helpers/paths';

type Boot = typeof import('../../cms/src/server/boot');

const ALLOWED = 'https://portal.nmg.gov.cn';
const FOREIGN = 'https://evil.example';
const saved = { CORS_ORIGINS: process.env.CORS_ORIGINS, HSTS: process.env.HSTS };

let app: TestApp;
beforeAll(async () => {
  process.env.CORS_ORIGINS = ALLOWED;
  process.env.HSTS = 'true';
  app = await bootApp();
});
const stored: string[] = [];
afterAll(async () => {
  for (const url of stored) unlinkSync(join(ROOT, 'cms', 'public', url));
  await app.close();
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('registration is closed in every environment', () => {
  test.each(['/api/auth/local/register', '/API/Auth/Local/Register/'])('POST %s is a 403 in Chinese and creates nobody', async (path) => {
    const res = await app.http().post(path).send({ username: 'walk-in', email: 'walk-in@example.com', password: 'Xm4!pQ9rTz-2026' });
    expect({ status: res.status, code: res.body.error?.details?.code }).toEqual({ status: 403, code: 'REGISTRATION_CLOSED' });
    expect(res.body.error.message).toContain('不开放自助注册');
    expect(await app.strapi.db.query('plugin::users-permissions.user').count({ where: { username: 'walk-in' } })).toBe(0);
  });

  test('third-party sign-in (which creates accounts) is closed too; the setting shows registration off', async () => {
    expect((await app.http().get('/api/connect/github')).status).toBe(403);
    const advanced = (await app.strapi.store({ type: 'plugin', name: 'users-permissions' }).get({ key: 'advanced' })) as { allow_register: boolean };
    expect(advanced.allow_register).toBe(false);
  });

  test("the admin panel's first-administrator form is closed (admin:create replaces it)", async () => {
    const res = await app.http().post('/admin/register-admin').send({ email: 'walk-in@example.com', firstname: 'x', lastname: 'y', password: 'Xm4!pQ9rTz-2026' });
    expect({ status: res.status, code: res.body.error?.details?.code }).toEqual({ status: 403, code: 'REGISTRATION_CLOSED' });
    expect(res.body.error.message).toContain('npm run admin:create');
  });

  test('sign-in itself still works', async () => {
    const res = await app.http().post('/api/auth/local').send({ identifier: 'county-viewer', password: 'Demo@2026!' });
    expect(res.status).toBe(200);
  });
});

describe('admin:create refuses what it must (the command itself: test/api/production.test.ts)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const create = (input: Partial<import('../../cms/src/server/boot').FirstAdminInput>) => (require(BOOT) as Boot).createFirstAdministrator(app.strapi, { email: 'it@nmg.gov.cn', username: 'region-admin', password: 'Qz7#长城-Hohhot', governmentCode: '150000000000', ...input });
  test.each([
    [{ email: 'admin@nmg.gov.cn.local' }, 'ACCOUNT_EXISTS'],
    [{ username: 'region-gov-admin' }, 'ACCOUNT_EXISTS'],
    [{ governmentCode: '159999000000' }, 'GOVERNMENT_NOT_FOUND'],
    [{ email: 'not-an-email' }, 'INVALID_EMAIL'],
    [{ password: 'aaaaaaaaaaaa' }, 'WEAK_PASSWORD'],
  ])('%j → %s, nothing created', async (input, code) => {
    const before = Number(await app.strapi.db.query('admin::user').count({}));
    const outcome = await create(input);
    expect(outcome).toMatchObject({ ok: false, code });
    expect(Number(await app.strapi.db.query('admin::user').count({}))).toBe(before);
    expect(await app.strapi.db.query('plugin::users-permissions.user').count({ where: { username: 'region-admin' } })).toBe(0);
  });
});

describe('CORS: only the allow-list', () => {
  test('a foreign origin gets no Access-Control-Allow-Origin, on a simple request and a preflight', async () => {
    const simple = await app.http().get('/api/public/governments').set('Origin', FOREIGN);
    expect(simple.status).toBe(200);
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await app.http().options('/console-api/powers').set('Origin', FOREIGN).set('Access-Control-Request-Method', 'PUT').set('Access-Control-Request-Headers', 'authorization');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const signIn = await app.http().post('/api/auth/local').set('Origin', FOREIGN).send({ identifier: 'county-viewer', password: 'Demo@2026!' });
    expect(signIn.headers['access-control-allow-origin']).toBeUndefined();
  });

  test('an allowed origin gets it, with credentials and the console headers exposed', async () => {
    const simple = await app.http().get('/console-api/powers').set('Origin', ALLOWED).set('Authorization', await app.bearer('county-viewer'));
    expect({ status: simple.status, origin: simple.headers['access-control-allow-origin'], credentials: simple.headers['access-control-allow-credentials'] })
      .toEqual({ status: 200, origin: ALLOWED, credentials: 'true' });
    expect(simple.headers['access-control-expose-headers']).toContain('Content-Range');
    const preflight = await app.http().options('/console-api/powers').set('Origin', ALLOWED).set('Access-Control-Request-Method', 'PUT');
    expect(preflight.headers['access-control-allow-origin']).toBe(ALLOWED);
  });
});

describe('security headers on every surface', () => {
  const common = (headers: Record<string, string>): Record<string, unknown> => ({
    nosniff: headers['x-content-type-options'],
    referrer: headers['referrer-policy'],
    hsts: /max-age=\d+/.test(headers['strict-transport-security'] ?? ''),
    framing: /frame-ancestors '(none|self)'/.test(headers['content-security-policy'] ?? ''),
  });
  const expected = { nosniff: 'nosniff', referrer: 'same-origin', hsts: true, framing: true };

  test.each([
    ['console', '/console'],
    ['public page', '/console/public'],
    ['console API', '/console-api/me'],
    ['public API', '/api/public/governments'],
    ['content API', '/api/powers'],
    ['admin API', '/admin/init'],
  ])('%s (%s)', async (_surface, path) => {
    const res = await app.http().get(path);
    expect(common(res.headers as Record<string, string>)).toEqual(expected);
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  test("console and public page: scripts only from 'self', no inline script in the page", async () => {
    for (const path of ['/console', '/console/public']) {
      const res = await app.http().get(path);
      const csp = String(res.headers['content-security-policy']);
      expect(/script-src ([^;]*)/.exec(csp)?.[1]).toBe("'self'");
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toContain("frame-ancestors 'none'");
      // Every <script> of the page loads a file: nothing inline for the CSP to block.
      const scripts = [...res.text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.filter(([, attributes, body]) => !/\bsrc=/.test(attributes) || body.trim() !== '')).toEqual([]);
    }
  });

  test("the admin panel keeps Strapi's policy: scripts from 'self', no framing by others", async () => {
    const res = await app.http().get('/admin/init');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });
});

describe('uploads: an allow-list judged by content', () => {
  const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  const HTML = Buffer.from('<!doctype html><html><body><script>fetch("/console-api/me")</script></body></html>');
  const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"></svg>');
  // The admin's sign-in is rate limited: one token for the whole group.
  let adminToken = '';
  const admin = async (): Promise<string> => (adminToken ||= await app.adminBearer());
  const upload = async (name: string, content: Buffer, contentType: string) =>
    app.http().post('/upload').set('Authorization', await admin()).attach('files', content, { filename: name, contentType });
  const filesNamed = (name: string) => app.strapi.db.query('plugin::upload.file').count({ where: { name } });

  test.each([
    ['page.html', HTML, 'text/html', 'UPLOAD_TYPE_NOT_ALLOWED'],
    ['logo.svg', SVG, 'image/svg+xml', 'UPLOAD_TYPE_NOT_ALLOWED'],
    ['决定书.pdf', HTML, 'application/pdf', 'UPLOAD_CONTENT_MISMATCH'],
    ['photo.png', HTML, 'image/png', 'UPLOAD_CONTENT_MISMATCH'],
  ])('%s (%s declared as %s) is a 400 in Chinese and nothing is stored', async (name, content, contentType, code) => {
    const res = await upload(name, content, contentType);
    expect({ status: res.status, code: res.body.error?.details?.code }).toEqual({ status: 400, code });
    expect(res.body.error.message).toMatch(/不允许|不予接收/);
    expect(await filesNamed(name)).toBe(0);
  });

  test('the content API route is guarded the same way', async () => {
    const res = await app.http().post('/api/upload').set('Authorization', await app.bearer('region-gov-admin')).attach('files', HTML, { filename: 'x.html', contentType: 'text/html' });
    expect(res.status).toBe(400);
  });

  test('uploads from URLs (fetched by the server) are off', async () => {
    const res = await app.http().post('/upload/actions/upload-from-urls').set('Authorization', await admin()).send({ urls: ['http://127.0.0.1/'] });
    expect({ status: res.status, code: res.body.error?.details?.code }).toEqual({ status: 403, code: 'UPLOAD_FROM_URL_DISABLED' });
  });

  test('a PDF is accepted and served as a download that runs nothing; a PNG as an image', async () => {
    const pdf = await upload('决定书.pdf', PDF, 'application/octet-stream');
    expect(pdf.status).toBe(201);
    const pdfFile = (pdf.body as { url: string; mime: string }[])[0];
    stored.push(pdfFile.url);
    expect(pdfFile.mime).toBe('application/pdf');
    const png = await upload('photo.png', PNG, 'text/html');
    expect(png.status).toBe(201);
    const pngFile = (png.body as { url: string; mime: string; formats?: unknown }[])[0];
    stored.push(pngFile.url);
    expect(pngFile.mime).toBe('image/png');

    const servedPdf = await app.http().get(pdfFile.url);
    expect({ status: servedPdf.status, type: servedPdf.headers['content-type'], disposition: servedPdf.headers['content-disposition'], nosniff: servedPdf.headers['x-content-type-options'] })
      .toEqual({ status: 200, type: 'application/pdf', disposition: 'attachment', nosniff: 'nosniff' });
    expect(servedPdf.headers['content-security-policy']).toMatch(/default-src 'none'.*sandbox$/);
    const servedPng = await app.http().get(pngFile.url);
    expect({ status: servedPng.status, type: servedPng.headers['content-type'], disposition: servedPng.headers['content-disposition'] })
      .toEqual({ status: 200, type: 'image/png', disposition: undefined });
    expect(servedPng.headers['content-security-policy']).toMatch(/sandbox$/);
  });
});

test('a file of a refused type already in /uploads (stored before the allow-list) is served as bytes to download, never as a page', async () => {
  const name = `legacy-${process.pid}.html`;
  writeFileSync(join(ROOT, 'cms', 'public', 'uploads', name), '<!doctype html><script>alert(document.cookie)</script>');
  stored.push(`/uploads/${name}`);
  const res = await app.http().get(`/uploads/${name}`);
  expect({ status: res.status, type: res.headers['content-type'], disposition: res.headers['content-disposition'], nosniff: res.headers['x-content-type-options'] })
    .toEqual({ status: 200, type: 'application/octet-stream', disposition: 'attachment', nosniff: 'nosniff' });
  expect(res.headers['content-security-policy']).toMatch(/sandbox$/);
});
