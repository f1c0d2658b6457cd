// The case page on a real municipal-request case whose first step is done:
// status, data, timeline, and the diagram with the done path and the next
// step marked (bpmn-js loaded on demand, under the CSP); the current steps as
// text too, with or without JavaScript.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import en from '../../messages/en.json' with { type: 'json' };
import ka from '../../messages/ka.json' with { type: 'json' };
import { axeViolations, type Locale, openPage, signIn, useBrowser } from './browser.ts';
import { type OpenedCase, startMunicipalCase, taskAt } from './clerk-cases.ts';

const messages = { ka, en };
const base = inject('studioUrl');
const browser = useBrowser();
const REVIEW = { ka: 'განხილვა სტრუქტურულ ერთეულში', en: 'Review in the department' };

let kase: OpenedCase;
beforeAll(async () => {
  const { page, close } = await openPage(browser(), base, 'en');
  await signIn(page, 'batumi.clerk');
  kase = await startMunicipalCase(page);
  const register = await taskAt(page, kase.id, 'Task_Register');
  const done = await page.request.post(`/api/tasks/${register}/complete`, {
    data: { data: { department: 'infrastructure', identityChecked: true } },
  });
  expect(done.status(), await done.text()).toBe(200);
  await taskAt(page, kase.id, 'Task_Review');
  await close();
}, 90_000);

describe.each(['ka', 'en'] as Locale[])('the case page in %s', (locale) => {
  const t = messages[locale];

  it('opens from case search and shows the timeline, the data and the next step on the diagram', async () => {
    const { page, csp, close } = await openPage(browser(), base, locale);
    await signIn(page, 'batumi.clerk');
    await page.goto('/cases?serviceId=municipal-request');
    await page.click(`a[href="/cases/${kase.id}"]`);
    await page.waitForURL(`**/cases/${kase.id}`);
    expect(await page.textContent('h1')).toContain(kase.number);
    expect(await page.textContent('#case-status')).toBe(t.cases_status_open);
    expect(await page.textContent('#current-steps')).toContain(REVIEW[locale]);
    const timeline = await page.textContent('#timeline');
    expect(timeline).toContain(t.case_event_task_completed);
    expect(timeline).toContain(t.case_event_started);
    expect(await page.textContent('#data-heading + *')).toBeTruthy();
    expect(await page.textContent('main')).toContain('ბერიძე');
    await page.waitForSelector('.diagram[data-ready=true]');
    expect(await page.locator('[data-element-id="Task_Review"].case-current').count()).toBe(1);
    expect(await page.locator('[data-element-id="Task_Register"].case-done').count()).toBe(1);
    expect(await page.locator('[data-element-id="Start_Received"].case-done').count()).toBe(1);
    expect(await page.locator('[data-element-id="Task_Escalation"].case-done').count()).toBe(0);
    expect(await page.textContent('main')).toContain(t.case_open_tasks);
    expect(await axeViolations(page)).toEqual([]);
    expect(csp).toEqual([]);
    await close();
  });
});

describe('the case page', () => {
  it('lists the current steps without JavaScript, and links the open task', async () => {
    const { page, close } = await openPage(browser(), base, 'en', { javaScriptEnabled: false });
    await signIn(page, 'batumi.clerk');
    await page.goto(`/cases/${kase.id}`);
    expect(await page.textContent('#current-steps')).toContain(REVIEW.en);
    const task = page.locator(`section[aria-labelledby=tasks-heading] a:has-text("${REVIEW.en}")`);
    expect(await task.getAttribute('href')).toMatch(/^\/tasks\/[0-9a-f-]{36}$/);
    await close();
  });
});
