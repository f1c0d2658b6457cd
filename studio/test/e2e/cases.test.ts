// Case search over the runtime's case projection, without and with script,
// in both languages; the runtime's query errors land beside the field.
import { describe, expect, inject, it } from 'vitest';
import en from '../../messages/en.json' with { type: 'json' };
import ka from '../../messages/ka.json' with { type: 'json' };
import { axeViolations, type Locale, openPage, signIn, useBrowser } from './browser.ts';

const messages = { ka, en };
const base = inject('studioUrl');
const browser = useBrowser();

describe.each(['ka', 'en'] as Locale[])('case search in %s', (locale) => {
  const t = messages[locale];

  it('searches by service and status, and refuses a malformed personal number beside the field', async () => {
    const { page, csp, close } = await openPage(browser(), base, locale);
    await signIn(page, 'tbilisi.clerk');
    await page.goto('/cases');
    expect(await page.textContent('h1')).toBe(t.nav_cases);
    await page.selectOption('#q-status', 'open');
    await page.click(`form[role=search] button[type=submit]`);
    await page.waitForURL('**/cases?*status=open*');
    expect(await page.textContent('tbody')).toContain(t.cases_none);
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#q-personal', '123');
    await page.click(`form[role=search] button[type=submit]`);
    await page.waitForSelector('#q-personal-error');
    expect(await page.getAttribute('#q-personal', 'aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    expect(csp).toEqual([]);
    await close();
  });
});

describe('case search', () => {
  it('works without JavaScript', async () => {
    const { page, close } = await openPage(browser(), base, 'en', { javaScriptEnabled: false });
    await signIn(page, 'tbilisi.auditor');
    await page.goto('/cases?personalNumber=01001011234');
    expect(await page.inputValue('#q-personal')).toBe('01001011234');
    expect(await page.textContent('tbody')).toContain(en.cases_none);
    await close();
  });
});
