// Screenshots of the key pages in both languages, each page checked with
// axe-core first. They go to a temporary folder unless SAQME_SCREENSHOTS=1,
// which refreshes docs/screenshots/ (so a test run leaves the tree clean).
// The pages show real work: a municipal request past its first step, an
// overdue case of the drill service, two published versions to compare.
import { mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import en from '../../messages/en.json' with { type: 'json' };
import ka from '../../messages/ka.json' with { type: 'json' };
import { axeViolations, type Locale, launch, openPage, signIn } from './browser.ts';
import { type OpenedCase, startMunicipalCase, taskAt } from './clerk-cases.ts';
import { version1, version2 } from './starter-versions.ts';
import { publishDrill, startCase, untilOverdue } from './supervise.ts';

const messages = { ka, en };
const base = inject('studioUrl');
const dir =
  process.env.SAQME_SCREENSHOTS === '1'
    ? resolve(import.meta.dirname, '../../../docs/screenshots')
    : mkdtempSync(join(tmpdir(), 'saqme-screenshots-'));
const DIFF_SERVICE = 'screenshot-diff';
let browser: Browser;
let kase: OpenedCase;
let reviewTaskId = '';

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  browser = await launch();
  const clerk = await openPage(browser, base, 'en');
  await signIn(clerk.page, 'batumi.clerk');
  kase = await startMunicipalCase(clerk.page);
  const register = await taskAt(clerk.page, kase.id, 'Task_Register');
  const done = await clerk.page.request.post(`/api/tasks/${register}/complete`, {
    data: { data: { department: 'infrastructure', identityChecked: true } },
  });
  expect(done.status(), await done.text()).toBe(200);
  reviewTaskId = await taskAt(clerk.page, kase.id, 'Task_Review');
  await publishDrill(browser, base);
  const drill = await startCase(clerk.page);
  await untilOverdue(clerk.page, drill.number);
  await clerk.close();
  const analyst = await openPage(browser, base, 'en');
  await signIn(analyst.page, 'central.analyst');
  for (const files of [version1(DIFF_SERVICE), version2(DIFF_SERVICE)]) {
    const saved = await analyst.page.request.put(`/api/services/${DIFF_SERVICE}/draft`, {
      data: { files },
    });
    expect(saved.ok(), await saved.text()).toBe(true);
    const published = await analyst.page.request.post(`/api/services/${DIFF_SERVICE}/versions`);
    expect(published.status(), await published.text()).toBe(201);
  }
  await analyst.close();
}, 240_000);
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

  it('task page, case page with its diagram, knowledge base', async () => {
    const { page, close } = await openPage(browser, base, locale);
    await signIn(page, 'batumi.clerk');
    await page.goto(`/tasks/${reviewTaskId}`);
    await page.waitForSelector('html[data-hydrated=true]');
    await page.waitForSelector('.saqme-form');
    await shoot(page, `task.${locale}`);
    await page.goto(`/cases/${kase.id}`);
    await page.waitForSelector('.diagram[data-ready=true]');
    await page.waitForSelector('[data-element-id="Task_Review"].case-current');
    await shoot(page, `case.${locale}`);
    await page.goto('/knowledge');
    expect(await page.textContent('h1')).toBe(t.kb_title);
    await shoot(page, `knowledge.${locale}`);
    await close();
  });

  it('overdue view, KPI dashboard', async () => {
    const { page, close } = await openPage(browser, base, locale);
    await signIn(page, 'batumi.supervisor');
    await page.goto('/overdue');
    await page.waitForSelector('html[data-hydrated=true]');
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(0);
    await shoot(page, `overdue.${locale}`);
    await page.goto('/kpis');
    await page.waitForSelector('svg[data-chart=kpi-services] rect.opened');
    await shoot(page, `kpis.${locale}`);
    await close();
  });

  it("citizens' application form", async () => {
    const { page, close } = await openPage(browser, base, locale);
    await page.goto('/apply/municipal-request?tenant=batumi');
    await page.waitForSelector('html[data-hydrated=true]');
    await page.waitForSelector('form.saqme-form');
    await shoot(page, `apply.${locale}`);
    await close();
  });

  it('diagram diff, sandbox run', async () => {
    const { page, close } = await openPage(browser, base, locale);
    await signIn(page, 'central.analyst');
    await page.goto(`/design/services/${DIFF_SERVICE}/diagram?from=1&to=2`);
    await page.waitForSelector('.diagrams[data-ready]');
    await page.waitForSelector('.after [data-element-id="Task_Check"].vdiff-added');
    await shoot(page, `diagram-diff.${locale}`);
    await page.goto('/design');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForSelector('[data-element-id="Task_Decide"]');
    await page.click('button.sandbox-toggle');
    await page.waitForSelector('.sandbox .saqme-form');
    expect(await page.textContent('#sbx-heading')).toBe(t.sbx_title);
    await shoot(page, `sandbox.${locale}`);
    await close();
  });
});
