// The clerk's inbox over the runtime's task projection, in both languages
// and without JavaScript. (No case is opened here, so the inbox shows its
// empty state; runtime/test covers tasks flowing through a real case.)
import { describe, expect, inject, it } from 'vitest';
import en from '../../messages/en.json' with { type: 'json' };
import ka from '../../messages/ka.json' with { type: 'json' };
import { axeViolations, type Locale, openPage, signIn, useBrowser } from './browser.ts';

const messages = { ka, en };
const base = inject('studioUrl');
const browser = useBrowser();

describe.each(['ka', 'en'] as Locale[])('the inbox in %s', (locale) => {
  const t = messages[locale];

  it('is in the navigation of a clerk and lists the tasks offered, with no WCAG 2.1 AA violations', async () => {
    const { page, csp, close } = await openPage(browser(), base, locale);
    await signIn(page, 'kutaisi.clerk');
    await page.goto('/');
    expect((await page.locator('nav a').allTextContents()).map((s) => s.trim())).toEqual([
      t.nav_home,
      t.nav_inbox,
      t.nav_cases,
      t.kb_nav,
    ]);
    await page.click(`nav a:has-text("${t.nav_inbox}")`);
    await page.waitForURL('**/inbox');
    expect(await page.textContent('h1')).toBe(t.nav_inbox);
    expect(await page.textContent('tbody')).toContain(t.inbox_empty);
    await page.click(`a:has-text("${t.inbox_mine}")`);
    await page.waitForURL('**/inbox?mine=true');
    expect(await page.textContent('tbody')).toContain(t.inbox_empty_mine);
    expect(await axeViolations(page)).toEqual([]);
    expect(csp).toEqual([]);
    await close();
  });
});

describe('the inbox', () => {
  it('opens without JavaScript and is refused to an analyst', async () => {
    const { page, close } = await openPage(browser(), base, 'en', { javaScriptEnabled: false });
    await signIn(page, 'kutaisi.supervisor');
    await page.goto('/inbox');
    expect(await page.textContent('h1')).toBe(en.nav_inbox);
    await close();
    const analyst = await openPage(browser(), base, 'en');
    await signIn(analyst.page, 'kutaisi.analyst');
    const response = await analyst.page.goto('/inbox');
    expect(response?.status()).toBe(403);
    await analyst.close();
  });
});
