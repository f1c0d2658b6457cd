// Real work for the supervisors' pages, made through the runtime's API as
// the product makes it: Batumi's analyst publishes the "overdue-drill"
// service (its review is due two seconds after it opens, through a
// non-interrupting boundary timer), clerks start cases of it on Temporal,
// and the task projection fills the inbox. Publishing the same bundle again
// changes nothing, so every test file may call it.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { Task } from '../../src/lib/api/generated/task.ts';
import { type Locale, openPage, signIn } from './browser.ts';

export const DRILL = 'overdue-drill';
export const DRILL_TITLE = { ka: 'ვადის სწავლება', en: 'Deadline drill' };
const FILES = [
  'service.json',
  'process.bpmn',
  'forms/application.form.json',
  'forms/decision.form.json',
];

async function ok<T>(what: string, response: import('playwright-core').APIResponse): Promise<T> {
  if (!response.ok()) throw new Error(`${what}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A signed-in page of `username` in `locale`; close it with `.close()`. */
export async function pageOf(
  browser: Browser,
  base: string,
  username: string,
  locale: Locale = 'en',
  javaScriptEnabled = true,
) {
  const opened = await openPage(browser, base, locale, { javaScriptEnabled });
  await signIn(opened.page, username);
  return opened;
}

export async function publishDrill(browser: Browser, base: string): Promise<void> {
  const { page, close } = await pageOf(browser, base, 'batumi.analyst');
  const files = Object.fromEntries(
    FILES.map((f) => [
      f,
      readFileSync(new URL(`./fixtures/overdue-drill/${f}`, import.meta.url), 'utf8'),
    ]),
  );
  await ok(
    'save the draft',
    await page.request.put(`/api/services/${DRILL}/draft`, { data: { files } }),
  );
  await ok('publish', await page.request.post(`/api/services/${DRILL}/versions`));
  await close();
}

/** Starts a case of the drill service as the page's user (a clerk or supervisor). */
export async function startCase(page: Page): Promise<{ id: string; number: string }> {
  return ok(
    'start a case',
    await page.request.post('/api/cases', {
      data: {
        serviceId: DRILL,
        data: { personalNumber: '01001011234', request: 'სატესტო მოთხოვნა ვადის შესამოწმებლად' },
      },
    }),
  );
}

/** Polls the page user's task list until `found` picks a task (the projection is asynchronous). */
export async function untilTask(
  page: Page,
  query: string,
  found: (t: Task) => boolean,
  timeoutMs = 60_000,
): Promise<Task> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const list = await ok<{ items: Task[] }>(
      'list tasks',
      await page.request.get(`/api/tasks?${query}`),
    );
    const task = list.items.find(found);
    if (task) return task;
    if (Date.now() > end) throw new Error(`no task for ${query} in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The case's task once it is past its due time. */
export function untilOverdue(page: Page, caseNumber: string, scope = ''): Promise<Task> {
  return untilTask(page, `overdue=true&limit=100${scope}`, (t) => t.caseNumber === caseNumber);
}
