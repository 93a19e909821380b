// The Strapi admin (/admin) in Chinese (issue 14): administrators configure roles there, so its
// first visit shows the sign-in page in zh-Hans (cms/src/admin/app.ts seeds the stored language),
// even in a browser that asks for English.
import type { Browser } from 'playwright-core';
import { baseUrl, launch } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

test('the Strapi admin’s sign-in page is in zh-Hans by default', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  context.setDefaultTimeout(30000);
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl()}/admin/auth/login`);
    await page.getByRole('button', { name: '登录', exact: true }).waitFor();
    const text = await page.locator('body').innerText();
    expect(text).toContain('欢迎使用Strapi');
    expect(text).toContain('电子邮件');
    expect(text).not.toMatch(/Welcome to Strapi|Log in to your Strapi account/);
    expect(await page.evaluate(() => window.localStorage.getItem('strapi-admin-language'))).toBe('zh-Hans');
  } finally {
    await context.close();
  }
});
