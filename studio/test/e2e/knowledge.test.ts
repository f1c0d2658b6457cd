// The knowledge base: every guide page of the services the tenant runs,
// searched in Georgian and English, each result opening its page; without
// JavaScript too.
import { describe, expect, inject, it } from 'vitest';
import en from '../../messages/en.json' with { type: 'json' };
import ka from '../../messages/ka.json' with { type: 'json' };
import { axeViolations, type Locale, openPage, signIn, useBrowser } from './browser.ts';

const messages = { ka, en };
const base = inject('studioUrl');
const browser = useBrowser();

const SEARCH = {
  ka: {
    q: 'სარეგისტრაციო ნომერი',
    title: 'რეგისტრაცია და გადამისამართება',
    text: 'დაადგინეთ განმცხადებლის ვინაობა',
  },
  en: {
    q: 'registration NUMBER',
    title: 'Register and route',
    text: "Establish the applicant's identity",
  },
};

describe.each(['ka', 'en'] as Locale[])('the knowledge base in %s', (locale) => {
  const t = messages[locale];
  const s = SEARCH[locale];

  it('is in the navigation, finds a step guide and opens it, with no WCAG 2.1 AA violations', async () => {
    const { page, csp, close } = await openPage(browser(), base, locale);
    await signIn(page, 'tbilisi.clerk');
    await page.goto('/');
    await page.click(`nav a:has-text("${t.kb_nav}")`);
    await page.waitForURL('**/knowledge');
    expect(await page.textContent('h1')).toBe(t.kb_title);
    expect(await page.locator('.results li').count()).toBeGreaterThan(3);
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#kb-q', s.q);
    await page.click('form[role=search] button[type=submit]');
    await page.waitForURL('**/knowledge?q=*');
    const link = page.locator('a[href="/knowledge/municipal-request/Task_Register"]');
    expect(await link.textContent()).toBe(s.title);
    expect(await axeViolations(page)).toEqual([]);
    await link.click();
    await page.waitForURL('**/knowledge/municipal-request/Task_Register');
    expect(await page.textContent('h1')).toBe(s.title);
    expect(await page.textContent('article')).toContain(s.text);
    expect(await page.locator('article li').count()).toBeGreaterThan(2);
    expect(await axeViolations(page)).toEqual([]);
    expect(csp).toEqual([]);
    await close();
  });
});

describe('the knowledge base', () => {
  it('searches without JavaScript and shows the service guide', async () => {
    const { page, close } = await openPage(browser(), base, 'en', { javaScriptEnabled: false });
    await signIn(page, 'tbilisi.clerk');
    await page.goto('/knowledge?q=zzzz-no-such-word');
    expect(await page.locator('.results li').count()).toBe(0);
    expect(await page.textContent('#kb-count')).toContain('0');
    await page.goto('/knowledge/municipal-request/service');
    expect(await page.textContent('article')).toContain('General Administrative Code');
    expect((await page.goto('/knowledge/municipal-request/No_Such_Step'))?.status()).toBe(404);
    await close();
  });

  it('is refused to an analyst', async () => {
    const { page, close } = await openPage(browser(), base, 'en');
    await signIn(page, 'kutaisi.analyst');
    expect((await page.goto('/knowledge'))?.status()).toBe(403);
    await close();
  });
});
