// The citizens' pages: applying for a service and following the case, with
// JavaScript off (plain form posts) and on (checks in the browser, an
// enhanced status form), under the strict CSP, with no WCAG 2.1 AA
// violations in Georgian and English; the case reaches only the chosen
// municipality's clerks. Cases go to Batumi and the agency: the other test
// files expect Tbilisi's and Kutaisi's lists empty.
import { type APIRequestContext, type Page, request } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import en from '../../messages/en.json' with { type: 'json' };
import ka from '../../messages/ka.json' with { type: 'json' };
import { axeViolations, DEMO_PASSWORD, type Locale, openPage, useBrowser } from './browser.ts';

const messages = { ka, en };
const base = inject('studioUrl');
const browser = useBrowser();

/** A municipal request's fields as a citizen fills them in; the demo identity supplies the name. */
async function fillMunicipalRequest(page: Page): Promise<void> {
  await page.check('input[name=channel][value=online]');
  await page.fill('[name=phone]', '+995599123456');
  await page.fill('[name=address]', 'თბილისი, ჭავჭავაძის გამზირი 37, ბინა 12');
  await page.selectOption('[name=topic]', 'infrastructure');
  await page.fill('[name=subject]', 'ეზოს განათების აღდგენა');
  await page.fill(
    '[name=description]',
    'ჩვენი კორპუსის ეზოში ორი თვეა არ ანათებს გარე განათება. გთხოვთ, აღადგინოთ.',
  );
  await page.check('input[name=replyBy][value=sms]');
  await page.check('[name=consent]');
}

async function receiptOf(page: Page): Promise<{ number: string; token: string }> {
  return {
    number: (await page.textContent('#case-number'))!.trim(),
    token: (await page.textContent('#status-token'))!.trim(),
  };
}

/** An API client signed in as a demo user, as a clerk's browser would be. */
async function staff(username: string): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL: base });
  const res = await context.post('/api/auth/login', {
    data: { username, password: DEMO_PASSWORD },
  });
  if (!res.ok()) throw new Error(`${username}: ${res.status()} ${await res.text()}`);
  return context;
}

async function caseIdOf(clerk: APIRequestContext, number: string): Promise<string | undefined> {
  const { items } = (await (await clerk.get('/api/cases')).json()) as {
    items: { id: string; number: string }[];
  };
  return items.find((c) => c.number === number)?.id;
}

describe('applying without JavaScript', () => {
  it('starts a municipal request in Batumi, follows it by number and code, and only Batumi clerks get it', async () => {
    const { page, close } = await openPage(browser(), base, 'ka', { javaScriptEnabled: false });
    await page.goto('/apply');
    expect(await page.textContent('h1')).toBe(ka.pub_services_title);
    expect(await page.textContent('.identity')).toContain(ka.pub_identity_demo);
    expect(await page.textContent('.identity')).toContain('*********34');
    await page.click('a[href="/apply/municipal-request"]');
    await page.check('#tenant-batumi');
    await page.click('.tenant-choice button[type=submit]');
    await page.waitForURL('**/apply/municipal-request?tenant=batumi');

    // Sent empty: the server answers with the summary and the errors beside the fields.
    await page.click('form.saqme-form button[type=submit]');
    await page.waitForLoadState('load');
    expect(await page.title()).toMatch(new RegExp(`^${ka.pub_error_prefix}: `));
    const summary = await page.locator('.error-summary li').allTextContents();
    expect(summary.length).toBeGreaterThanOrEqual(5);
    expect(await page.getAttribute('[name=subject]', 'aria-invalid')).toBe('true');
    // The identity provider fills the applicant's fields: the form does not ask them.
    expect(await page.locator('[name=personalNumber]').count()).toBe(0);

    await fillMunicipalRequest(page);
    await page.setInputFiles('[name=attachment]', {
      name: 'yard.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n'),
    });
    await page.click('form.saqme-form button[type=submit]');
    await page.waitForURL('**/apply/municipal-request/submitted');
    const receipt = await receiptOf(page);
    expect(receipt.number).toMatch(/^MR-\d{4}-\d{6}$/);
    expect(receipt.token).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){5}$/);

    // The status form is filled in from the application just made.
    await page.click(`a:has-text("${ka.pub_submitted_follow}")`);
    await page.waitForURL('**/apply/status');
    expect(await page.inputValue('#number')).toBe(receipt.number);
    await page.click('#status-form button[type=submit]');
    await page.waitForSelector('#status-result');
    const shown = await page.textContent('#status-result');
    expect(shown).toContain(receipt.number);
    expect(shown).toContain(ka.pub_status_in_progress);
    expect(shown).toContain('ბათუმის მუნიციპალიტეტი');

    // Another code opens nothing, and says so.
    await page.fill('#token', 'aaaa-bbbb-cccc-dddd-eeee-ffff');
    await page.click('#status-form button[type=submit]');
    await page.waitForSelector('.summary[role=alert]');
    expect(await page.locator('#status-result').count()).toBe(0);
    await close();

    const batumi = await staff('batumi.clerk');
    const kutaisi = await staff('kutaisi.clerk');
    const caseId = await caseIdOf(batumi, receipt.number);
    expect(caseId).toBeDefined();
    // The procedure opens the registration task on Temporal: wait for it in Batumi's inbox.
    const deadline = Date.now() + 60_000;
    let task: { caseId: string; nodeId: string } | undefined;
    while (!task && Date.now() < deadline) {
      const { items } = (await (await batumi.get('/api/tasks')).json()) as {
        items: { caseId: string; nodeId: string }[];
      };
      task = items.find((t) => t.caseId === caseId);
      if (!task) await new Promise((r) => setTimeout(r, 500));
    }
    expect(task?.nodeId).toBe('Task_Register');
    // The attached file came through the studio's form action and is a document of the case.
    const detail = (await (await batumi.get(`/api/cases/${caseId}`)).json()) as {
      documents: { fileName: string }[];
    };
    expect(detail.documents.map((d) => d.fileName)).toEqual(['yard.pdf']);
    const theirs = (await (await kutaisi.get('/api/tasks')).json()) as {
      items: { caseId: string }[];
    };
    expect(theirs.items.map((t) => t.caseId)).not.toContain(caseId);
    const { items: kutaisiCases } = (await (await kutaisi.get('/api/cases')).json()) as {
      items: { id: string }[];
    };
    expect(kutaisiCases.map((c) => c.id)).not.toContain(caseId);
    expect((await kutaisi.get(`/api/cases/${caseId}`)).status()).toBe(404);
    await batumi.dispose();
    await kutaisi.dispose();
  });
});

describe.each(['ka', 'en'] as Locale[])('the public pages in %s, with JavaScript', (locale) => {
  const t = messages[locale];

  it('lead a citizen from the list to a PIN/PUK recovery case and its status, with no WCAG 2.1 AA violations', async () => {
    const { page, csp, close } = await openPage(browser(), base, locale);
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(new URL(r.url()).pathname);
    });
    await page.goto('/apply');
    await page.waitForSelector('html[data-hydrated="true"]');
    expect(await page.textContent('h1')).toBe(t.pub_services_title);
    expect(await page.locator('.services h2').count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);

    // A service of several municipalities asks which one first.
    await page.goto('/apply/municipal-request');
    expect(await page.textContent('legend')).toBe(t.pub_apply_choose_tenant);
    expect(await axeViolations(page)).toEqual([]);

    // The PIN/PUK recovery is the agency's alone: the form opens at once.
    await page.goto('/apply/pin-puk-recovery');
    await page.waitForSelector('html[data-hydrated="true"]');
    expect(await page.textContent('.addressed')).toContain(
      locale === 'ka'
        ? 'საჯარო სერვისების განვითარების სააგენტო'
        : 'Public Service Development Agency',
    );
    expect(await axeViolations(page)).toEqual([]);
    // Checked in the browser: nothing is posted while the form has errors.
    await page.click('form.saqme-form button[type=submit]');
    await page.waitForSelector('.error-summary');
    expect(posts).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    await page.fill('[name=cardNumber]', '12AB34567');
    await page.check('input[name=reason][value=pin-forgotten]');
    await page.check('input[name=delivery][value=envelope]');
    await page.fill('[name=phone]', '+995599123456');
    await page.check('[name=consent]');
    await page.click('form.saqme-form button[type=submit]');
    await page.waitForURL('**/apply/pin-puk-recovery/submitted');
    const receipt = await receiptOf(page);
    expect(receipt.number).toMatch(/^PPR-\d{4}-\d{6}$/);
    expect(await page.textContent('h1')).toBe(t.pub_submitted_title);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto('/apply/status');
    await page.waitForSelector('html[data-hydrated="true"]');
    expect(await axeViolations(page)).toEqual([]);
    // The demo citizen sees her own applications listed.
    expect(await page.textContent('main')).toContain(t.pub_status_mine);
    expect(await page.textContent('main')).toContain(receipt.number);

    await page.fill('#number', '');
    await page.click('#status-form button[type=submit]');
    await page.waitForSelector('#number-error');
    expect(await axeViolations(page)).toEqual([]);

    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));
    await page.fill('#number', receipt.number.toLowerCase());
    await page.fill('#token', receipt.token.toUpperCase());
    await page.click('#status-form button[type=submit]');
    await page.waitForSelector('#status-result');
    // Enhanced: the answer arrives without a page load.
    expect(loads).toEqual([]);
    expect(await page.textContent('#status-result')).toContain(t.pub_status_in_progress);
    expect(await axeViolations(page)).toEqual([]);
    expect(csp).toEqual([]);
    await close();
  });
});

describe.each(['ka', 'en'] as Locale[])('the public pages in %s as server HTML', (locale) => {
  const t = messages[locale];

  it("show the server's field errors inline and in a summary, with no WCAG 2.1 AA violations", async () => {
    const { page, csp, close } = await openPage(browser(), base, locale);
    // The studio's scripts never load: what a browser without JavaScript gets, checked by axe.
    await page.route('**/_app/**/*.js', (route) => route.abort());
    await page.goto('/apply/municipal-request?tenant=tbilisi');
    await page.click('form.saqme-form button[type=submit]');
    await page.waitForLoadState('load');
    expect(await page.title()).toMatch(new RegExp(`^${t.pub_error_prefix}: `));
    expect(await page.locator('.error-summary li').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('.field.invalid').count()).toBeGreaterThanOrEqual(5);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto('/apply/status');
    await page.fill('#number', 'MR-2026-999999');
    await page.fill('#token', 'aaaa-bbbb-cccc-dddd-eeee-ffff');
    await page.click('#status-form button[type=submit]');
    await page.waitForSelector('.summary[role=alert]');
    expect(await page.textContent('.summary')).toContain(
      locale === 'ka' ? 'ამ ნომრითა და კოდით საქმე ვერ მოიძებნა.' : 'No case was found',
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(csp).toEqual([]);
    await close();
  });
});
