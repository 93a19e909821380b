import { CONSOLE_CSP, corsOrigins, hstsEnabled, surfaceOf, UPLOAD_CSP } from '../../../cms/src/server/http-policy';

describe('browser policy', () => {
  test('CORS_ORIGINS: empty by default (same origin only), a list when set, never a wildcard', () => {
    expect(corsOrigins({})).toEqual([]);
    expect(corsOrigins({ CORS_ORIGINS: ' https://a.gov.cn , http://b.local:8080/ ' })).toEqual(['https://a.gov.cn', 'http://b.local:8080']);
    expect(() => corsOrigins({ CORS_ORIGINS: '*' })).toThrow('CORS_ORIGINS');
    expect(() => corsOrigins({ CORS_ORIGINS: 'https://*.gov.cn' })).toThrow('CORS_ORIGINS');
    expect(() => corsOrigins({ CORS_ORIGINS: 'https://a.gov.cn/path' })).toThrow('CORS_ORIGINS');
  });

  test('HSTS only when TLS is on', () => {
    expect(hstsEnabled({})).toBe(false);
    expect(hstsEnabled({ PUBLIC_URL: 'http://x.local' })).toBe(false);
    expect(hstsEnabled({ PUBLIC_URL: 'https://zfzr.nmg.gov.cn' })).toBe(true);
    expect(hstsEnabled({ HSTS: 'true' })).toBe(true);
    expect(hstsEnabled({ PUBLIC_URL: 'https://x', HSTS: 'false' })).toBe(false);
  });

  test("the console's CSP allows no inline or eval'd script and no framing", () => {
    const scripts = /script-src ([^;]*)/.exec(CONSOLE_CSP)?.[1] ?? '';
    expect(scripts).toBe("'self'");
    expect(CONSOLE_CSP).toContain("frame-ancestors 'none'");
    expect(UPLOAD_CSP).toMatch(/sandbox$/);
  });

  test('surfaces', () => {
    expect(['/console', '/console/public', '/console-api/powers', '/api/public/governments', '/uploads/a.pdf', '/admin/auth/login', '/'].map((p) => surfaceOf(p)))
      .toEqual(['console', 'console', 'api', 'api', 'uploads', 'admin', 'other']);
  });
});
