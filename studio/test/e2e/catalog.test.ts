// The catalog against the runtime's services API: save a draft, publish
// versions (refused while errors remain), list them, diff two, and open a
// draft in the designer.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import en from '../../messages/en.json' with { type: 'json' };
import ka from '../../messages/ka.json' with { type: 'json' };
import { axeViolations, type Locale, openPage, signIn, useBrowser } from './browser.ts';

const base = inject('studioUrl');
const browser = useBrowser();

async function status(page: Page, text: string) {
  await page.waitForFunction(
    (t) => document.querySelector('.catalog-status')?.textContent?.includes(t),
    text,
  );
}

describe('the service catalog', () => {
  it('publishes versions, refuses a draft with errors, and diffs two versions', async () => {
    const { page, csp, close } = await openPage(browser(), base, 'en');
    await signIn(page, 'central.analyst');
    await page.goto('/design');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForSelector('[data-element-id="Task_Decide"]');

    await page.click(`button:has-text("${en.catalog_save}")`);
    await status(page, en.catalog_saved.replace('{errors}', '0'));
    await page.click(`button:has-text("${en.catalog_publish}")`);
    await status(page, en.catalog_published.replace('{version}', '1'));

    await page.click('[data-element-id="Task_Decide"]');
    await page.fill('#prop-name-en', 'Decide');
    await page.press('#prop-name-en', 'Tab');
    await page.click(`button:has-text("${en.catalog_publish}")`);
    await status(page, en.catalog_published.replace('{version}', '2'));

    // Clicking the still-selected task would deselect it; select another element first.
    await page.click('[data-element-id="Start"]');
    await page.click('[data-element-id="Task_Decide"]');
    await page.selectOption('#prop-form', '');
    await page.waitForSelector('[data-element-id="Task_Decide"].saqme-error');
    await page.click(`button:has-text("${en.catalog_publish}")`);
    await page.waitForSelector('.catalog-status .error-text');
    expect(await page.textContent('.catalog-status')).not.toContain('version 3');

    await page.goto('/design/services');
    const row = page.locator('tr', { hasText: 'new-service' });
    expect(await row.locator('td').nth(2).textContent()).toBe('2');
    await row.locator(`a:has-text("${en.catalog_versions}")`).click();
    await page.waitForSelector('#diff-from');
    await page.selectOption('#diff-from', '1');
    await page.selectOption('#diff-to', '2');
    await page.click(`button:has-text("${en.catalog_compare_button}")`);
    await page.waitForSelector('.file');
    expect(await page.locator('.file h3 code').allTextContents()).toEqual(['process.bpmn']);
    expect(await page.locator('.patch .added').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('gov:nameEn="Decide"')]),
    );
    expect(csp).toEqual([]);
    await close();
  });

  it.each(['ka', 'en'] as Locale[])(
    'has no WCAG 2.1 AA violations on the catalog and versions pages in %s',
    async (locale) => {
      const { page, close } = await openPage(browser(), base, locale);
      await signIn(page, 'central.analyst');
      await page.goto('/design/services');
      await page.waitForSelector('tbody tr');
      expect(await page.textContent('h1')).toBe({ ka, en }[locale].catalog_title);
      expect(await axeViolations(page)).toEqual([]);
      await page.goto('/design/services/new-service?from=1&to=draft');
      await page.waitForSelector('.file');
      expect(await axeViolations(page)).toEqual([]);
      await close();
    },
  );

  it('opens the saved draft in the designer, errors and all', async () => {
    const { page, close } = await openPage(browser(), base, 'en');
    await signIn(page, 'central.analyst');
    await page.goto('/design/services');
    const row = page.locator('tr', { hasText: 'new-service' });
    await row.locator(`a:has-text("${en.catalog_open_draft}")`).click();
    await page.waitForSelector('[data-element-id="Task_Decide"].saqme-error');
    await close();
  });
});
