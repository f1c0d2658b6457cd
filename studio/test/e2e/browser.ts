// Debian's Chromium through playwright-core, with the checks every page gets:
// no Content-Security-Policy complaints and no WCAG 2.1 AA violations.

import axe from 'axe-core';
import { type Browser, type Cookie, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export type Locale = 'ka' | 'en';

export const DEMO_PASSWORD = 'saqme-demo-2026';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface OpenPage {
  page: Page;
  /** What the browser refused under the CSP so far. */
  csp: string[];
  close(): Promise<void>;
}

/** A fresh context (no cookies) in the given language. */
export async function openPage(
  browser: Browser,
  baseURL: string,
  locale: Locale,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<OpenPage> {
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: 1400, height: 900 },
  });
  await context.addCookies([{ name: 'saqme_lang', value: locale, url: baseURL }]);
  const page = await context.newPage();
  const csp: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) csp.push(m.text());
  });
  return { page, csp, close: () => context.close() };
}

/** Signs in through the form, as a person would. */
export async function signInWithForm(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.fill('#username', username);
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('#login-form button[type=submit]');
  await page.waitForLoadState('load');
  if (new URL(page.url()).pathname === '/login') {
    const alert = await page.textContent('[role=alert]').catch(() => null);
    throw new Error(`${username} could not sign in: ${alert ?? '(no message)'}`);
  }
}

// The runtime limits sign-ins per client, and behind the studio every test
// is the same client: each user signs in once per file and the session
// cookie is reused.
const sessions = new Map<string, Cookie[]>();

/** Gives the page a signed-in session of `username` (no navigation when reused). */
export async function signIn(page: Page, username: string): Promise<void> {
  const cached = sessions.get(username);
  if (cached) {
    await page.context().addCookies(cached);
    return;
  }
  await signInWithForm(page, username);
  const cookies = await page.context().cookies();
  sessions.set(
    username,
    cookies.filter((c) => c.name === 'saqme_session'),
  );
}

export interface AxeViolation {
  id: string;
  nodes: string[];
}

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: typeof axe };
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/** One Chromium per test file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is launched in beforeAll');
    return browser;
  };
}
