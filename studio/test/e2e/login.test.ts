// Signing in and out through the studio, against the real runtime, in
// Georgian and English, with JavaScript and without.
import { describe, expect, inject, it } from 'vitest';
import en from '../../messages/en.json' with { type: 'json' };
import ka from '../../messages/ka.json' with { type: 'json' };
import {
  axeViolations,
  DEMO_PASSWORD,
  type Locale,
  openPage,
  signInWithForm,
  useBrowser,
} from './browser.ts';

const messages = { ka, en };
// The runtime's own wording for a refused password (runtime/src/http/messages.json).
const wrongPassword = {
  ka: 'მომხმარებლის სახელი ან პაროლი არასწორია.',
  en: 'The username or password is incorrect.',
};

const base = inject('studioUrl');
const browser = useBrowser();

describe.each(['ka', 'en'] as Locale[])('the sign-in page in %s', (locale) => {
  const t = messages[locale];

  it('is in that language, under the CSP, with no WCAG 2.1 AA violations', async () => {
    const { page, csp, close } = await openPage(browser(), base, locale);
    await page.goto('/login');
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(await page.textContent('h1')).toBe(t.login_title);
    expect(await page.textContent('a#apply-online')).toBe(t.fin_apply_online);
    expect(await page.getAttribute('a#apply-online', 'href')).toBe('/apply');
    expect(await axeViolations(page)).toEqual([]);
    await Promise.all([page.waitForURL('**/apply'), page.click('a#apply-online')]);
    expect(await page.textContent('h1')).toBe(t.pub_services_title);
    expect(csp).toEqual([]);
    await close();
  });

  it('names each empty field beside it and in the summary', async () => {
    const { page, close } = await openPage(browser(), base, locale);
    await page.goto('/login');
    await page.click('#login-form button[type=submit]');
    await page.waitForSelector('#username-error');
    expect(await page.textContent('#username-error')).toBe(t.error_required);
    expect(await page.textContent('#password-error')).toBe(t.error_required);
    expect(await page.getAttribute('#username', 'aria-invalid')).toBe('true');
    expect(await page.textContent('[role=alert] h2')).toBe(t.login_failed);
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it("shows the runtime's message in that language for a wrong password", async () => {
    const { page, close } = await openPage(browser(), base, locale);
    await page.goto('/login');
    await page.fill('#username', `kutaisi.clerk`);
    await page.fill('#password', 'not-the-password');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.click('#login-form button[type=submit]'),
    ]);
    expect(response.status(), await response.text()).toBe(401);
    await page.waitForSelector('[role=alert] p');
    expect(await page.textContent('[role=alert] p')).toBe(wrongPassword[locale]);
    expect(await page.inputValue('#username')).toBe('kutaisi.clerk');
    await close();
  });

  it("signs in, shows the role's sections, and signs out", async () => {
    const { page, csp, close } = await openPage(browser(), base, locale);
    await signInWithForm(page, 'central.analyst');
    expect(new URL(page.url()).pathname).toBe('/');
    const nav = await page.locator('nav a').allTextContents();
    expect(nav.map((s) => s.trim())).toEqual([t.nav_home, t.nav_design]);
    expect(await page.textContent('a#apply-online')).toBe(t.fin_apply_online);
    expect(await axeViolations(page)).toEqual([]);
    await Promise.all([page.waitForURL('**/login'), page.click(`button:has-text("${t.logout}")`)]);
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(csp).toEqual([]);
    await close();
  });
});

describe('the shell', () => {
  it('opens in Georgian and switches to English and back', async () => {
    const context = await browser().newContext({ baseURL: base });
    const page = await context.newPage();
    await page.goto('/login');
    expect(await page.getAttribute('html', 'lang')).toBe('ka');
    await page.click('button[lang=en]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.textContent('h1')).toBe(en.login_title);
    await page.click('button[lang=ka]');
    await page.waitForFunction(() => document.documentElement.lang === 'ka');
    expect(await page.textContent('h1')).toBe(ka.login_title);
    await context.close();
  });

  it('signs in and out without JavaScript', async () => {
    const { page, close } = await openPage(browser(), base, 'en', { javaScriptEnabled: false });
    await page.goto('/login');
    await page.fill('#username', 'batumi.auditor');
    await page.fill('#password', DEMO_PASSWORD);
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/'),
      page.click('#login-form button[type=submit]'),
    ]);
    expect(await page.locator('nav a').allTextContents()).toEqual([
      en.nav_home,
      en.nav_cases,
      en.nav_audit,
    ]);
    await Promise.all([page.waitForURL('**/login'), page.click(`button:has-text("${en.logout}")`)]);
    await close();
  });

  it('refuses a section outside the role, and returns anonymous visitors there after sign-in', async () => {
    const { page, close } = await openPage(browser(), base, 'en');
    await page.goto('/audit');
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.fill('#username', 'tbilisi.clerk');
    await page.fill('#password', DEMO_PASSWORD);
    const [response] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/audit'),
      page.click('#login-form button[type=submit]'),
    ]);
    expect(response.status()).toBe(403);
    expect(await page.textContent('main p')).toBe(en.error_forbidden);
    await close();
  });
});
