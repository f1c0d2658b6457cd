// The supervisors' KPI dashboard and incidents, over the runtime's /api/kpis
// and /api/incidents (no case is opened here, so no incident arises).
import { describe, expect, inject, it } from 'vitest';
import en from '../../messages/en.json' with { type: 'json' };
import ka from '../../messages/ka.json' with { type: 'json' };
import { axeViolations, type Locale, openPage, signIn, useBrowser } from './browser.ts';

const messages = { ka, en };
const base = inject('studioUrl');
const browser = useBrowser();

describe.each(['ka', 'en'] as Locale[])('the KPI dashboard in %s', (locale) => {
  const t = messages[locale];

  it("is in a supervisor's navigation and shows the tenant's numbers with no WCAG 2.1 AA violations", async () => {
    const { page, csp, close } = await openPage(browser(), base, locale);
    await signIn(page, 'tbilisi.supervisor');
    await page.goto('/');
    expect((await page.locator('nav a').allTextContents()).map((s) => s.trim())).toEqual([
      t.nav_home,
      t.nav_inbox,
      t.nav_cases,
      t.nav_kpis,
      t.nav_incidents,
      t.kb_nav,
    ]);
    await page.click(`nav a:has-text("${t.nav_kpis}")`);
    await page.waitForURL('**/kpis');
    expect(await page.textContent('h1')).toBe(t.nav_kpis);
    const shown = (await page.$('table'))
      ? await page.textContent('caption')
      : await page.textContent('main p');
    expect([t.kpis_table, t.kpis_empty]).toContain(shown);
    expect(await axeViolations(page)).toEqual([]);
    await page.click(`nav a:has-text("${t.nav_incidents}")`);
    await page.waitForURL('**/incidents');
    expect(await page.textContent('tbody')).toContain(t.incidents_none);
    expect(await axeViolations(page)).toEqual([]);
    expect(csp).toEqual([]);
    await close();
  });
});
