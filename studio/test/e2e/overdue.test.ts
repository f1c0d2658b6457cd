// The supervisor's overdue view and reassigning, over real cases on
// Temporal: Batumi's clerk starts cases of the drill service, whose review is
// due two seconds later; the supervisor finds them overdue, gives them to a
// second clerk (with the dialog, and without JavaScript through its fallback
// page) and that clerk finds them under "taken by me". The runtime's
// refusal reaches the user in their language; a clerk gets no reassign control.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import en from '../../messages/en.json' with { type: 'json' };
import ka from '../../messages/ka.json' with { type: 'json' };
import { axeViolations, DEMO_PASSWORD, type Locale, useBrowser } from './browser.ts';
import {
  DRILL_TITLE,
  pageOf,
  publishDrill,
  startCase,
  untilOverdue,
  untilTask,
} from './supervise.ts';

const messages = { ka, en };
const base = inject('studioUrl');
const browser = useBrowser();

// A second clerk; signs in like the demo users (browser.ts knows one password).
const CLERK2 = {
  username: 'batumi.clerk2',
  displayName: 'მეორე ოპერატორი',
  password: DEMO_PASSWORD,
};
let clerk2Id = '';
const cases: Record<'ka' | 'en' | 'plain' | 'refused', { id: string; number: string }> =
  {} as never;

beforeAll(async () => {
  await publishDrill(browser(), base);
  const admin = await pageOf(browser(), base, 'batumi.admin');
  const created = await admin.page.request.post('/api/admin/users', {
    data: { ...CLERK2, roles: ['clerk'] },
  });
  if (created.status() === 201) clerk2Id = (await created.json()).id;
  else {
    // Made by an earlier run against the same runtime.
    expect(created.status()).toBe(409);
    const users = await (await admin.page.request.get('/api/admin/users')).json();
    clerk2Id = users.items.find((u: { username: string }) => u.username === CLERK2.username).id;
    const reset = await admin.page.request.patch(`/api/admin/users/${clerk2Id}`, {
      data: { password: DEMO_PASSWORD },
    });
    expect(reset.ok()).toBe(true);
  }
  await admin.close();
  const clerk = await pageOf(browser(), base, 'batumi.clerk');
  for (const key of ['ka', 'en', 'plain', 'refused'] as const)
    cases[key] = await startCase(clerk.page);
  for (const c of Object.values(cases)) await untilOverdue(clerk.page, c.number);
  await clerk.close();
}, 120_000);

/** The row of a case's task in the page's table. */
const rowOf = (number: string) => `tr:has(td:text-is("${number}"))`;

describe.each(['ka', 'en'] as Locale[])('the overdue view in %s', (locale) => {
  const t = messages[locale];

  it('lists the overdue task oldest first and reassigns it to a clerk with the dialog, with no WCAG 2.1 AA violations', async () => {
    const { page, csp, close } = await pageOf(browser(), base, 'batumi.supervisor', locale);
    await page.goto('/');
    await page.click(`nav a:has-text("${t.sup_nav_overdue}")`);
    await page.waitForURL('**/overdue');
    await page.waitForSelector('html[data-hydrated=true]');
    expect(await page.textContent('h1')).toBe(t.sup_nav_overdue);
    const row = page.locator(`.overdue-tasks ${rowOf(cases[locale].number)}`);
    await expect.poll(() => row.count()).toBe(1);
    const cells = (await row.locator('td').allTextContents()).map((s) => s.trim());
    expect(cells[1]).toBe(locale === 'ka' ? 'განხილვა' : 'Review');
    expect(cells[2]).toBe(DRILL_TITLE[locale]);
    expect(cells[3]).toBe(t.sup_unassigned);
    expect(cells[4]).toContain(t.sup_due_overdue.split('{')[0]!.trim());
    // Unit words come from the catalogue: Chromium's Intl data has no Georgian.
    expect(cells[5]).toMatch(locale === 'ka' ? /^\d+ (წუთი|საათი|დღე)/ : /^\d+ (minute|hour|day)/);
    // Oldest first: the due times down the table never decrease.
    const due = await page
      .locator('.overdue-tasks tbody time')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(due).toEqual([...due].sort());
    expect(await page.textContent('.overdue-cases')).toContain(cases[locale].number);
    expect(await axeViolations(page)).toEqual([]);

    await row.locator('a.reassign').click();
    const dialog = page.locator('dialog.reassign[open]');
    await dialog.locator(`label:has-text("${CLERK2.username}")`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.locator(`label:has-text("${CLERK2.username}")`).click();
    await dialog.locator('button[type=submit]').click();
    await page.waitForSelector('dialog.reassign[open]', { state: 'detached' });
    await expect
      .poll(() => row.locator('td').nth(3).textContent(), { timeout: 20_000 })
      .toBe(CLERK2.displayName);

    // The dialog's fallback page, as a browser without JavaScript would open it.
    await page.goto(`/inbox/reassign/${await row.getAttribute('data-task')}?next=/overdue`);
    expect(await page.textContent('h1')).toBe(t.sup_reassign_title);
    expect(
      await page.isChecked(
        `label:has-text("${CLERK2.username}") >> xpath=preceding-sibling::input`,
      ),
    ).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(csp).toEqual([]);
    await close();

    const clerk2 = await pageOf(browser(), base, CLERK2.username, locale);
    await clerk2.page.goto('/inbox?mine=true');
    const mine = clerk2.page.locator(rowOf(cases[locale].number));
    expect(await mine.count()).toBe(1);
    expect(await mine.textContent()).toContain(t.inbox_claimed_by_me);
    expect(await axeViolations(clerk2.page)).toEqual([]);
    await clerk2.close();
  });
});

describe('reassigning', () => {
  it('works without JavaScript through the fallback page', async () => {
    const { page, close } = await pageOf(browser(), base, 'batumi.supervisor', 'en', false);
    await page.goto('/overdue');
    await page.click(`${rowOf(cases.plain.number)} a.reassign`);
    await page.waitForURL('**/inbox/reassign/**');
    expect(await page.textContent('h1')).toBe(en.sup_reassign_title);
    await page.click(`label:has-text("${CLERK2.username}")`);
    await page.click('main button[type=submit]');
    await page.waitForURL('**/overdue');
    expect(
      await page
        .locator(`${rowOf(cases.plain.number)} td`)
        .nth(3)
        .textContent(),
    ).toBe(CLERK2.displayName);
    await close();
  });

  it("shows the runtime's refusal in Georgian in the dialog and in English on the fallback page", async () => {
    const supervisorKa = await pageOf(browser(), base, 'batumi.supervisor', 'ka');
    await supervisorKa.page.goto('/overdue');
    await supervisorKa.page.waitForSelector('html[data-hydrated=true]');
    await supervisorKa.page.click(`${rowOf(cases.refused.number)} a.reassign`);
    const dialog = supervisorKa.page.locator('dialog.reassign[open]');
    await dialog.locator(`label:has-text("${CLERK2.username}")`).click();
    const supervisorEn = await pageOf(browser(), base, 'batumi.supervisor', 'en', false);
    const task = await untilOverdue(supervisorEn.page, cases.refused.number, '&scope=tenant');
    await supervisorEn.page.goto(`/inbox/reassign/${task.id}?next=/overdue`);
    await supervisorEn.page.click(`label:has-text("${CLERK2.username}")`);

    // Meanwhile the admin takes the clerk role away: the runtime refuses the choice.
    const admin = await pageOf(browser(), base, 'batumi.admin');
    expect((await admin.page.request.delete(`/api/admin/users/${clerk2Id}/roles/clerk`)).ok()).toBe(
      true,
    );
    try {
      await dialog.locator('button[type=submit]').click();
      await dialog.locator('[role=alert]').waitFor();
      expect(await dialog.locator('[role=alert]').textContent()).toBe(
        'მომხმარებელს ამ ორგანიზაციაში როლი არ აქვს.',
      );
      expect(await axeViolations(supervisorKa.page)).toEqual([]);
      await supervisorEn.page.click('main button[type=submit]');
      expect(await supervisorEn.page.textContent('main [role=alert]')).toBe(
        'The user holds no role in this organisation.',
      );
    } finally {
      expect((await admin.page.request.put(`/api/admin/users/${clerk2Id}/roles/clerk`)).ok()).toBe(
        true,
      );
      await Promise.all([admin.close(), supervisorKa.close(), supervisorEn.close()]);
    }
  });

  it('is not offered to a clerk, whose reassign page and runtime call are refused', async () => {
    const { page, close } = await pageOf(browser(), base, 'batumi.clerk', 'en');
    const task = await untilTask(page, 'limit=100', (t) => t.caseNumber === cases.refused.number);
    await page.goto('/inbox');
    expect(await page.locator(rowOf(cases.refused.number)).count()).toBe(1);
    expect(await page.locator('a.reassign, dialog.reassign').count()).toBe(0);
    expect(await page.locator('nav a[href="/overdue"]').count()).toBe(0);
    expect((await page.goto(`/inbox/reassign/${task.id}`))?.status()).toBe(403);
    expect((await page.goto('/overdue'))?.status()).toBe(403);
    const refused = await page.request.post(`/api/tasks/${task.id}/reassign`, {
      data: { assigneeId: clerk2Id },
    });
    expect(refused.status()).toBe(403);
    await close();
  });
});
