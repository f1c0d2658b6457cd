// The clerk's inbox over real cases: Batumi's clerk starts a case of the
// drill service on Temporal, finds its task in the inbox with its service and
// an overdue badge, takes it and gives it back; the filters (queue, service,
// taken by me, overdue) and claiming work without JavaScript too.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import en from '../../messages/en.json' with { type: 'json' };
import ka from '../../messages/ka.json' with { type: 'json' };
import { axeViolations, type Locale, openPage, signIn, useBrowser } from './browser.ts';
import { DRILL, DRILL_TITLE, pageOf, publishDrill, startCase, untilOverdue } from './supervise.ts';

const messages = { ka, en };
const base = inject('studioUrl');
const browser = useBrowser();
let caseNumber = '';

beforeAll(async () => {
  await publishDrill(browser(), base);
  const clerk = await pageOf(browser(), base, 'batumi.clerk');
  caseNumber = (await startCase(clerk.page)).number;
  await untilOverdue(clerk.page, caseNumber);
  await clerk.close();
}, 120_000);

const row = () => `tbody tr:has(td:text-is("${caseNumber}"))`;

describe.each(['ka', 'en'] as Locale[])('the inbox in %s', (locale) => {
  const t = messages[locale];

  it('lists the task of a new case with its service and overdue badge; the clerk takes and gives it back, with no WCAG 2.1 AA violations', async () => {
    const { page, csp, close } = await pageOf(browser(), base, 'batumi.clerk', locale);
    await page.goto('/');
    expect((await page.locator('nav a').allTextContents()).map((s) => s.trim())).toEqual([
      t.nav_home,
      t.nav_inbox,
      t.nav_cases,
      t.kb_nav,
    ]);
    await page.click(`nav a:has-text("${t.nav_inbox}")`);
    await page.waitForURL('**/inbox');
    await page.waitForSelector('html[data-hydrated=true]');
    expect(await page.textContent('h1')).toBe(t.nav_inbox);
    const cells = (await page.locator(`${row()} td`).allTextContents()).map((s) => s.trim());
    expect(cells[2]).toBe(DRILL_TITLE[locale]);
    expect(cells[3]).toBe(t.role_clerk);
    expect(await page.locator(`${row()} [data-due=overdue]`).textContent()).toContain(
      t.sup_due_overdue.split('{')[0]!.trim(),
    );
    expect(cells[5]).toBe(t.inbox_open);
    expect(await page.getAttribute(`${row()} td:first-child a`, 'href')).toMatch(/^\/tasks\//);
    expect(await page.locator('a.reassign').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.click(`${row()} button:has-text("${t.inbox_claim}")`);
    await expect
      .poll(() => page.locator(`${row()} td`).nth(5).textContent())
      .toContain(t.inbox_claimed_by_me);
    await page.click(`${row()} button:has-text("${t.inbox_unclaim}")`);
    await expect
      .poll(() => page.locator(`${row()} td`).nth(5).textContent())
      .toContain(t.inbox_open);
    expect(csp).toEqual([]);
    await close();
  });
});

describe('the inbox', () => {
  it('filters by service, overdue and "taken by me", and claims, without JavaScript', async () => {
    const { page, close } = await pageOf(browser(), base, 'batumi.clerk', 'en', false);
    await page.goto('/inbox');
    await page.selectOption('#f-queue', 'clerk');
    await page.selectOption('#f-service', DRILL);
    await page.check('#f-overdue');
    await page.click('form.filters button[type=submit]');
    await page.waitForURL(`**/inbox?*service=${DRILL}*`);
    const url = new URL(page.url());
    expect(url.searchParams.get('overdue')).toBe('true');
    expect(url.searchParams.get('queue')).toBe('clerk');
    expect(await page.locator(row()).count()).toBe(1);
    const services = await page.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(new Set(services)).toEqual(new Set([DRILL_TITLE.en]));
    expect(await page.isChecked('#f-overdue')).toBe(true);
    expect(await page.inputValue('#f-service')).toBe(DRILL);

    await page.click(`${row()} button:has-text("${en.inbox_claim}")`);
    await page.waitForLoadState('load');
    await page.check('input[name=mine][value=true]');
    await page.click('form.filters button[type=submit]');
    await page.waitForURL('**/inbox?*mine=true*');
    expect(await page.locator(`${row()} td`).nth(5).textContent()).toContain(
      en.inbox_claimed_by_me,
    );
    await page.click(`${row()} button:has-text("${en.inbox_unclaim}")`);
    await page.waitForLoadState('load');
    expect(await page.locator(row()).count()).toBe(0);
    expect(await page.textContent('tbody')).toContain(en.inbox_empty_mine);
    await close();
  });

  it("offers a supervisor every role's queue, and is refused to an analyst", async () => {
    const { page, close } = await pageOf(browser(), base, 'batumi.supervisor', 'en', false);
    await page.goto('/inbox?queue=clerk');
    expect(await page.textContent('h1')).toBe(en.nav_inbox);
    expect(await page.locator('#f-queue option').allTextContents()).toEqual([
      en.sup_queue_all,
      en.role_clerk,
      en.role_supervisor,
      en.role_admin,
    ]);
    expect(await page.locator(row()).count()).toBe(1);
    expect(await page.locator(`${row()} a.reassign`).count()).toBe(1);
    expect(await page.locator(`${row()} button`).count()).toBe(0);
    await close();
    const analyst = await openPage(browser(), base, 'en');
    await signIn(analyst.page, 'batumi.analyst');
    const response = await analyst.page.goto('/inbox');
    expect(response?.status()).toBe(403);
    await analyst.close();
  });
});
