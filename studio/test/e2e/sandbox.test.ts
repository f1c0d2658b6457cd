// Run in sandbox, from the designer: a draft with errors is refused with its
// diagnostics; a clean draft opens a case in the sandbox tenant on the real
// Temporal runtime, and the analyst completes its task there through the
// sandbox inbox. The published catalog never sees the pin.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import en from '../../messages/en.json' with { type: 'json' };
import ka from '../../messages/ka.json' with { type: 'json' };
import { axeViolations, type Locale, openPage, signIn, useBrowser } from './browser.ts';

const base = inject('studioUrl');
const browser = useBrowser();
const SERVICE = 'sandbox-demo';

/** The designer on the template, renamed to a service of this file's own. */
async function openDesigner(page: Page) {
  await page.goto('/design');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector('[data-element-id="Task_Decide"]');
  await page.evaluate((id) => {
    const key = 'saqme.designer.bundle';
    const bundle = JSON.parse(localStorage.getItem(key) ?? '{"files":{}}');
    const service = JSON.parse(bundle.files['service.json']);
    bundle.files['service.json'] = JSON.stringify({ ...service, id });
    localStorage.setItem(key, JSON.stringify(bundle));
  }, SERVICE);
  await page.reload();
  await page.waitForSelector('[data-element-id="Task_Decide"]');
}

async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('running a draft in the sandbox', () => {
  it('refuses a draft with errors, then runs the fixed draft through to a completed task in the sandbox tenant', {
    timeout: 180_000,
  }, async () => {
    const { page, csp, close } = await openPage(browser(), base, 'en');
    await signIn(page, 'central.analyst');
    await openDesigner(page);

    await page.click('[data-element-id="Task_Decide"]');
    await page.selectOption('#prop-form', '');
    await page.waitForSelector('[data-element-id="Task_Decide"].saqme-error');
    await page.click('button.sandbox-toggle');
    await page.click(`.sandbox button:has-text("${en.sbx_run}")`);
    await page.waitForSelector('.sbx-refusal li');
    expect(await page.textContent('.sbx-refusal')).toContain(
      'The draft has errors and cannot run in the sandbox.',
    );

    await page.click('[data-element-id="Start"]');
    await page.click('[data-element-id="Task_Decide"]');
    await page.selectOption('#prop-form', 'decision');
    await page.waitForSelector('.sandbox .saqme-form');
    await page.fill('.sandbox #field-personalNumber', '01001011234');
    await page.fill('.sandbox #field-request', 'A certificate, please');
    await page.click('.sandbox .saqme-form button[type=submit]');
    await page.waitForSelector('.sbx-status .ok');
    const started = (await page.textContent('.sbx-status .ok')) ?? '';
    const number = /SSD-\d{4}-\d{6}/.exec(started)?.[0];
    expect(number).toBeDefined();
    expect(await page.$('.sbx-refusal')).toBeNull();
    // A pin is not a published version of the service.
    expect((await page.request.get(`/api/services/${SERVICE}/versions`)).status()).toBe(404);

    await page.click(`button:has-text("${en.sbx_open_inbox}")`);
    await page.waitForURL('**/inbox');
    const session = await (await page.request.get('/api/auth/session')).json();
    expect(session.tenantId).toBe('sandbox');
    // The sandbox tenant holds only this file's case: its one task is the draft's Review.
    const row = page.locator('tbody tr', { hasText: 'Review' });
    await until('the sandbox task in the inbox', async () => {
      if (await row.count()) return true;
      await page.reload();
      return undefined;
    });
    expect(await row.locator('td').first().textContent()).toBe('Review');
    await row.locator(`button:has-text("${en.inbox_claim}")`).click();
    await page.waitForSelector(`tbody tr button:has-text("${en.inbox_unclaim}")`);

    const mine = await (await page.request.get('/api/tasks?mine=true')).json();
    expect(mine.items).toHaveLength(1);
    const task = mine.items[0];
    expect(task.nodeId).toBe('Task_Decide');
    const done = await page.request.post(`/api/tasks/${task.id}/complete`, {
      data: { data: { approved: true } },
    });
    expect(done.status()).toBe(200);
    const closed = await until('the sandbox case to complete', async () => {
      const body = await (await page.request.get(`/api/cases/${task.caseId}`)).json();
      return body.status === 'completed' ? body : undefined;
    });
    expect(closed).toMatchObject({ number, serviceId: `sandbox:${SERVICE}`, outcome: 'granted' });
    await page.reload();
    expect(await row.count()).toBe(0);

    expect(csp).toEqual([]);
    await page.request.put('/api/auth/tenant', { data: { tenantId: 'central' } });
    await close();
  });

  it.each(['ka', 'en'] as Locale[])(
    'has no WCAG 2.1 AA violations with the sandbox panel open in %s',
    async (locale) => {
      const { page, csp, close } = await openPage(browser(), base, locale);
      await signIn(page, 'central.analyst');
      await openDesigner(page);
      await page.click('button.sandbox-toggle');
      await page.waitForSelector('.sandbox .saqme-form');
      expect(await page.textContent('#sbx-heading')).toBe({ ka, en }[locale].sbx_title);
      expect(await axeViolations(page)).toEqual([]);
      expect(csp).toEqual([]);
      await close();
    },
  );
});
