// Screenshots of the key pages in both languages, each page checked with
// axe-core first. They go to a temporary folder unless SAQME_SCREENSHOTS=1,
// which refreshes docs/screenshots/ (so a test run leaves the tree clean).
import { mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import en from '../../messages/en.json' with { type: 'json' };
import ka from '../../messages/ka.json' with { type: 'json' };
import { axeViolations, type Locale, launch, openPage, signIn } from './browser.ts';

const messages = { ka, en };
const base = inject('studioUrl');
const dir =
  process.env.SAQME_SCREENSHOTS === '1'
    ? resolve(import.meta.dirname, '../../../docs/screenshots')
    : mkdtempSync(join(tmpdir(), 'saqme-screenshots-'));
let browser: Browser;

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function shoot(page: Page, name: string) {
  expect(await axeViolations(page)).toEqual([]);
  const file = join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  expect(statSync(file).size).toBeGreaterThan(10_000);
}

describe.each(['ka', 'en'] as Locale[])('key pages in %s', (locale) => {
  const t = messages[locale];

  it('sign-in, audit log', async () => {
    const { page, close } = await openPage(browser, base, locale);
    await page.goto('/login');
    await shoot(page, `login.${locale}`);
    await signIn(page, 'tbilisi.auditor');
    await page.goto('/audit');
    await shoot(page, `audit.${locale}`);
    await close();
  });

  it('inbox, service catalog', async () => {
    const clerk = await openPage(browser, base, locale);
    await signIn(clerk.page, 'batumi.clerk');
    await clerk.page.goto('/inbox');
    await shoot(clerk.page, `inbox.${locale}`);
    await clerk.close();
    const analyst = await openPage(browser, base, locale);
    await signIn(analyst.page, 'central.analyst');
    await analyst.page.goto('/design/services');
    await shoot(analyst.page, `catalog.${locale}`);
    await analyst.close();
  });

  it('designer, Try it, form designer', async () => {
    const { page, close } = await openPage(browser, base, locale);
    await signIn(page, 'central.analyst');
    await page.goto('/design');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForSelector('[data-element-id="Task_Decide"]');
    await page.click('[data-element-id="Task_Decide"]');
    await shoot(page, `designer.${locale}`);
    await page.click('button.try-toggle');
    await page.fill('#field-personalNumber', '01001011234');
    await page.fill('#field-request', 'ცნობის გაცემა');
    await page.click('.try .saqme-form button[type=submit]');
    await page.waitForSelector('[data-element-id="Task_Decide"].saqme-active');
    await shoot(page, `try-it.${locale}`);
    await page.click(`.tabs button:has-text("${t.design_tab_forms}")`);
    await page.waitForSelector('.preview .saqme-form');
    await shoot(page, `form-designer.${locale}`);
    await close();
  });
});
