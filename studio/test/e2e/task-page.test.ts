// The clerk's task page on a real case of the municipal-request example:
// opened from the inbox, refused once with an invalid field (inline error
// and summary), completed, confirmed in the inbox; the same without
// JavaScript, where the runtime's 422 puts the errors beside the fields.
import { describe, expect, inject, it } from 'vitest';
import en from '../../messages/en.json' with { type: 'json' };
import ka from '../../messages/ka.json' with { type: 'json' };
import { axeViolations, type Locale, openPage, signIn, useBrowser } from './browser.ts';
import { startMunicipalCase, taskAt } from './clerk-cases.ts';

const messages = { ka, en };
const base = inject('studioUrl');
const browser = useBrowser();

const REGISTER = { ka: 'რეგისტრაცია და გადამისამართება', en: 'Register and route' };

describe('the task page', () => {
  it('opens from the inbox, shows the guide and case data, refuses an invalid field inline and in the summary, then completes', async () => {
    const { page, csp, close } = await openPage(browser(), base, 'en');
    await signIn(page, 'batumi.clerk');
    const kase = await startMunicipalCase(page);
    const taskId = await taskAt(page, kase.id, 'Task_Register');

    await page.goto('/inbox');
    expect(await page.textContent(`a[href="/tasks/${taskId}"]`)).toBe(REGISTER.en);
    await page.click(`a[href="/tasks/${taskId}"]`);
    await page.waitForURL(`**/tasks/${taskId}`);
    await page.waitForSelector('html[data-hydrated=true]');
    expect(await page.textContent('h1')).toBe(REGISTER.en);
    expect(await page.textContent('aside')).toContain("Establish the applicant's identity");
    // The start form's data, under the start form's labels.
    expect(await page.textContent('aside')).toContain('ბერიძე');

    await page.click('form[action="?/claim"] button');
    await page.waitForSelector('form[action="?/unclaim"]');
    expect(await page.textContent('#task-status')).toContain(en.inbox_claimed_by_me);

    await page.selectOption('#field-department', 'social');
    await page.click('.saqme-form button[type=submit]');
    await page.waitForSelector('.error-summary');
    expect(await page.textContent('.error-summary')).toContain('identity');
    expect(await page.isVisible('#field-identityChecked-error')).toBe(true);
    expect(new URL(page.url()).pathname).toBe(`/tasks/${taskId}`);

    await page.check('#field-identityChecked');
    await page.click('.saqme-form button[type=submit]');
    await page.waitForURL('**/inbox?completed=*');
    expect(await page.textContent('[role=status]')).toContain(kase.number);
    expect(await page.locator(`a[href="/tasks/${taskId}"]`).count()).toBe(0);
    expect(csp).toEqual([]);
    await close();
  });

  it('completes without JavaScript: the runtime refuses the missing fields beside them, then accepts', async () => {
    const { page, close } = await openPage(browser(), base, 'en', { javaScriptEnabled: false });
    await signIn(page, 'batumi.clerk');
    const kase = await startMunicipalCase(page);
    const taskId = await taskAt(page, kase.id, 'Task_Register');
    await page.goto(`/tasks/${taskId}`);
    await page.selectOption('#field-department', 'legal');
    await page.click('.saqme-form button[type=submit]');
    await page.waitForSelector('.error-summary');
    expect(await page.title()).toMatch(/^Error:/);
    expect(await page.textContent('#field-identityChecked-error')).toBeTruthy();
    expect(await page.inputValue('#field-department')).toBe('legal');
    await page.check('#field-identityChecked');
    await page.fill('#field-note', 'Forwarded without script');
    await page.click('.saqme-form button[type=submit]');
    await page.waitForURL('**/inbox?completed=*');
    expect(await page.textContent('[role=status]')).toContain(kase.number);
    await close();
  });

  it('is not found for a clerk of another municipality', async () => {
    const batumi = await openPage(browser(), base, 'en');
    await signIn(batumi.page, 'batumi.clerk');
    const kase = await startMunicipalCase(batumi.page);
    const taskId = await taskAt(batumi.page, kase.id, 'Task_Register');
    await batumi.close();
    const { page, close } = await openPage(browser(), base, 'en');
    await signIn(page, 'kutaisi.clerk');
    expect((await page.goto(`/tasks/${taskId}`))?.status()).toBe(404);
    expect((await page.goto(`/cases/${kase.id}`))?.status()).toBe(404);
    await page.goto('/inbox');
    expect(await page.locator(`a[href="/tasks/${taskId}"]`).count()).toBe(0);
    await close();
  });
});

describe.each(['ka', 'en'] as Locale[])('the task page in %s', (locale) => {
  it('has no WCAG 2.1 AA violations, with and without errors', async () => {
    const { page, csp, close } = await openPage(browser(), base, locale);
    await signIn(page, 'batumi.clerk');
    const kase = await startMunicipalCase(page);
    const taskId = await taskAt(page, kase.id, 'Task_Register');
    await page.goto(`/tasks/${taskId}`);
    await page.waitForSelector('html[data-hydrated=true]');
    expect(await page.textContent('h1')).toBe(REGISTER[locale]);
    expect(await page.textContent('#guide-heading')).toBe(messages[locale].task_guide);
    expect(await axeViolations(page)).toEqual([]);
    await page.click('.saqme-form button[type=submit]');
    await page.waitForSelector('.error-summary');
    expect(await axeViolations(page)).toEqual([]);
    expect(csp).toEqual([]);
    await close();
  });
});
