// The form designer: fields added, configured and reordered, with the live
// preview drawn by @saqme/forms' renderer and checked by its real validator.
import { describe, expect, inject, it } from 'vitest';
import en from '../../messages/en.json' with { type: 'json' };
import ka from '../../messages/ka.json' with { type: 'json' };
import { axeViolations, type Locale, openPage, signIn, useBrowser } from './browser.ts';

const messages = { ka, en };
const base = inject('studioUrl');
const browser = useBrowser();

async function openForms(locale: Locale) {
  const opened = await openPage(browser(), base, locale);
  await signIn(opened.page, 'central.analyst');
  await opened.page.goto('/design');
  await opened.page.evaluate(() => localStorage.clear());
  await opened.page.reload();
  await opened.page.waitForSelector('.designer[data-ready] .djs-container');
  await opened.page.click(`.tabs button:has-text("${messages[locale].design_tab_forms}")`);
  await opened.page.waitForSelector('.preview .saqme-form');
  return opened;
}

describe.each(['ka', 'en'] as Locale[])('the form designer in %s', (locale) => {
  it('shows the form and its preview with no WCAG 2.1 AA violations', async () => {
    const { page, csp, close } = await openForms(locale);
    const fields = await page.locator('.fields li .link').allTextContents();
    expect(fields).toEqual(
      locale === 'ka' ? ['პირადი ნომერი', 'მოთხოვნა'] : ['Personal number', 'Request'],
    );
    await page.click('.fields li .link >> nth=1');
    await page.waitForSelector('.field-editor');
    expect(await axeViolations(page)).toEqual([]);
    expect(csp).toEqual([]);
    await close();
  });
});

describe('the form designer', () => {
  it('adds a required number field, reorders it, and previews it with real validation', async () => {
    const { page, close } = await openForms('en');
    await page.fill('#field-new-key', 'age');
    await page.selectOption('#field-new-widget', 'number');
    await page.click(`button:has-text("${en.forms_add}")`);
    await page.waitForSelector('#fe-label-en');
    await page.fill('#fe-label-en', 'Age');
    await page.press('#fe-label-en', 'Tab');
    await page.check('#fe-required');
    await page.fill('#fe-minimum', '18');
    await page.press('#fe-minimum', 'Tab');
    await page.click(`button[aria-label="${en.forms_move_up.replace('{field}', 'age')}"]`);
    expect(await page.locator('.fields li .link').allTextContents()).toEqual([
      'Personal number',
      'Age',
      'Request',
    ]);
    await page.waitForSelector('.preview #field-age');
    await page.fill('.preview #field-personalNumber', '01001011234');
    await page.fill('.preview #field-request', 'A certificate, please');
    await page.fill('.preview #field-age', '12');
    await page.click('.preview .saqme-form button[type=submit]');
    await page.waitForSelector('.preview .error-summary');
    expect(await page.textContent('.preview .error-summary')).toContain('Age');
    await page.fill('.preview #field-age', '30');
    await page.click('.preview .saqme-form button[type=submit]');
    await page.waitForSelector('.preview [role=status] pre');
    expect(JSON.parse((await page.textContent('.preview [role=status] pre'))!)).toEqual({
      personalNumber: '01001011234',
      age: 30,
      request: 'A certificate, please',
    });
    await close();
  });
});
