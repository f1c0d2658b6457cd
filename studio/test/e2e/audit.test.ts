// The audit log: an auditor sees the tenant's events, their own sign-in
// among them, and the chain's verification, in both languages.
import { describe, expect, inject, it } from 'vitest';
import en from '../../messages/en.json' with { type: 'json' };
import ka from '../../messages/ka.json' with { type: 'json' };
import { axeViolations, type Locale, openPage, signIn, useBrowser } from './browser.ts';

const messages = { ka, en };
const base = inject('studioUrl');
const browser = useBrowser();

describe.each(['ka', 'en'] as Locale[])('the audit log in %s', (locale) => {
  it('lists the sign-in and reports the verified chain, with no WCAG 2.1 AA violations', async () => {
    const { page, csp, close } = await openPage(browser(), base, locale);
    await signIn(page, 'kutaisi.auditor');
    await page.goto('/audit');
    expect(await page.textContent('h1')).toBe(messages[locale].nav_audit);
    const types = await page.locator('tbody td:nth-child(4)').allTextContents();
    expect(types).toContain('auth.login');
    expect(types).toContain('user.created');
    const verdict = (await page.textContent('.verify p')) ?? '';
    expect(verdict.startsWith(messages[locale].audit_ok.split('{')[0]!)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(csp).toEqual([]);
    await close();
  });
});
