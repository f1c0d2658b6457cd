// The renderer in a real browser (Debian's Chromium through playwright-core),
// against the harness server that plays a SvelteKit action: the no-JavaScript
// path, the hydrated path under a strict CSP, keyboard use and axe-core's
// WCAG 2.1 AA rules on every example form, with and without errors shown.
import axe from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleForms, formNames, loadForm } from '../../test/fixtures.ts';
import { type Harness, startHarness } from '../../test/harness/server.ts';

let harness: Harness;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  harness = await startHarness({
    ...Object.fromEntries(formNames.map((n) => [n, loadForm(n)])),
    ...examples,
  });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await harness?.close();
});

/**
 * `no-js`: the browser runs no script at all. `server-html`: the page's
 * own scripts are blocked, so it stays as the server rendered it, but the
 * test can still run axe in it. `js`: hydrated, under the CSP.
 */
async function open(path: string, mode: 'no-js' | 'server-html' | 'js'): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled: mode !== 'no-js',
    bypassCSP: mode === 'server-html',
  });
  contexts.push(context);
  const page = await context.newPage();
  if (mode === 'server-html') await page.route('**/client.js', (route) => route.abort());
  await page.goto(`${harness.url}${path}`);
  if (mode === 'js') await page.waitForSelector('html[data-hydrated="true"]');
  return page;
}

/** Collects the browser's Content-Security-Policy complaints. */
function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) seen.push(m.text());
  });
  return seen;
}

async function axeViolations(page: Page) {
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: typeof axe };
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

const tinyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

async function fillStepOne(page: Page) {
  await page.fill('#field-personalNumber', '01024056789');
  await page.fill('#field-lastName', 'Beridze');
  await page.fill('#field-firstName', 'Nino');
  await page.fill('#field-birthDate', '15.04.1990');
  await page.check('#field-gender');
  await page.fill('#field-phone', '555123456');
}

const examples = exampleForms();

describe('Form renderer', () => {
  it('compiles every component without Svelte warnings', () => {
    expect(harness.warnings).toEqual([]);
  });

  for (const name of formNames) {
    it(`has no WCAG 2.1 AA violations on "${name}", blank and with errors (ka, en)`, async () => {
      const blank = await open(`/forms/${name}?locale=ka`, 'server-html');
      expect(await axeViolations(blank)).toEqual([]);
      await blank.click('button.primary');
      await blank.waitForSelector('.error-summary');
      expect(await axeViolations(blank)).toEqual([]);

      const hydrated = await open(`/forms/${name}?locale=en`, 'js');
      expect(await axeViolations(hydrated)).toEqual([]);
      await hydrated.click('button.primary');
      await hydrated.waitForSelector('.error-summary');
      expect(await axeViolations(hydrated)).toEqual([]);
    }, 60_000);
  }

  for (const name of Object.keys(examples)) {
    it(`has no WCAG 2.1 AA violations on the example form "${name}" (ka without JavaScript, en with)`, async () => {
      const ka = await open(`/forms/${name}?locale=ka`, 'server-html');
      expect(await axeViolations(ka)).toEqual([]);
      const en = await open(`/forms/${name}?locale=en`, 'js');
      expect(await axeViolations(en)).toEqual([]);
    }, 60_000);
  }

  it('works without JavaScript: the server validates, the summary links to fields, typed data comes back', async () => {
    const page = await open('/forms/id-card-application?locale=ka', 'no-js');
    const first = await Promise.all([page.waitForNavigation(), page.click('button.primary')]);
    expect(first[0]?.status()).toBe(400);
    const links = await page.$$eval('.error-summary a', (as) =>
      as.map((a) => ({ text: a.textContent, href: a.getAttribute('href') })),
    );
    expect(links[0]).toEqual({
      text: 'პირადი ნომერი: ველი სავალდებულოა',
      href: '#field-personalNumber',
    });
    for (const link of links) {
      expect(await page.$(link.href!), `${link.href} exists`).not.toBeNull();
    }
    expect(await page.getAttribute('#field-personalNumber', 'aria-describedby')).toBe(
      'field-personalNumber-help field-personalNumber-error',
    );
    expect(await page.title()).toMatch(/^შეცდომა: /);

    await page.fill('#field-personalNumber', '01024056789');
    await page.fill('#field-lastName', 'ბერიძე');
    await page.fill('#field-firstName', 'ნინო');
    await page.fill('#field-birthDate', '15.04.1990');
    await page.check('#field-gender');
    await page.fill('#field-phone', '555 12 34 56');
    await page.selectOption('#field-reason', 'lost');
    await page.setInputFiles('#field-photo', {
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: tinyPng,
    });
    await page.check('#field-withMinors');
    await page.check('#field-delivery');
    await page.check('#field-consent');
    // Without JavaScript the police report number appears once the server has seen "lost".
    expect(await page.$('#field-policeReportNumber')).toBeNull();
    await Promise.all([page.waitForNavigation(), page.click('button.primary')]);
    const second = await page.$$eval('.error-summary a', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
    expect(second).toEqual(['#field-policeReportNumber', '#field-minors']);

    await page.fill('#field-policeReportNumber', 'MIA-2026-118');
    await page.setInputFiles('#field-photo', {
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: tinyPng,
    });
    await Promise.all([page.waitForNavigation(), page.click('button[value="add:minors"]')]);
    await page.fill('#field-minors-0-personalNumber', '01024056790');
    await page.fill('#field-minors-0-fullName', 'ლუკა ბერიძე');
    await page.check('#field-minors-0-relation');
    await page.setInputFiles('#field-photo', {
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: tinyPng,
    });
    const done = await Promise.all([page.waitForNavigation(), page.click('button.primary')]);
    expect(done[0]?.status()).toBe(200);
    const result = JSON.parse((await page.textContent('#result'))!);
    expect(result).toEqual({
      value: {
        personalNumber: '01024056789',
        lastName: 'ბერიძე',
        firstName: 'ნინო',
        birthDate: '1990-04-15',
        gender: 'female',
        phone: '+995555123456',
        reason: 'lost',
        policeReportNumber: 'MIA-2026-118',
        photo: { name: 'photo.png', type: 'image/png', size: tinyPng.length },
        withMinors: true,
        minors: [{ personalNumber: '01024056790', fullName: 'ლუკა ბერიძე', relation: 'child' }],
        delivery: 'hall',
        consent: true,
      },
      files: ['/photo'],
    });
  }, 60_000);

  it('with JavaScript under the CSP: one step at a time, conditional fields live, checked before sending', async () => {
    const page = await open('/forms/id-card-application?locale=en', 'js');
    const csp = cspViolations(page);
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(r.url());
    });
    expect(await page.isVisible('#field-personalNumber')).toBe(true);
    expect(await page.isVisible('#field-reason')).toBe(false);

    // Next checks only the first step's fields, in the browser, without a request.
    await page.click('button.primary');
    await page.waitForSelector('.error-summary');
    expect(posts).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('error-summary');
    const summary = await page.$$eval('.error-summary a', (as) => as.map((a) => a.textContent));
    expect(summary).toEqual([
      'Personal number: This field is required',
      'Last name: This field is required',
      'First name: This field is required',
      'Date of birth: This field is required',
      'Sex: This field is required',
      'Mobile phone: This field is required',
    ]);
    // The browser-side (standalone) validator words issues like the server.
    await page.fill('#field-personalNumber', '123');
    await page.click('button.primary');
    await page.waitForSelector('#field-personalNumber-error');
    expect(await page.textContent('#field-personalNumber-error')).toContain(
      'A personal number has exactly 11 digits',
    );

    await fillStepOne(page);
    await page.click('button.primary');
    await page.waitForSelector('#field-reason', { state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-application-title');
    expect(await page.$('.error-summary')).toBeNull();

    expect(await page.$('#field-policeReportNumber')).toBeNull();
    await page.selectOption('#field-reason', 'lost');
    await page.waitForSelector('#field-policeReportNumber');
    expect(await page.textContent('label[for="field-policeReportNumber"]')).toContain('(required)');
    await page.selectOption('#field-reason', 'expired');
    await page.waitForSelector('#field-previousCardNumber');
    expect(await page.$('#field-policeReportNumber')).toBeNull();

    // Submitting checks every step; a link to an earlier step shows that step.
    await page.click('button[type="submit"].primary');
    await page.waitForSelector('.error-summary');
    expect(posts).toEqual([]);
    await page.fill('#field-previousCardNumber', '12AB34567');
    await page.click('button.secondary:has-text("Back")');
    await page.fill('#field-phone', '12');
    await page.click('button.primary');
    await page.waitForSelector('.error-summary a[href="#field-phone"]');
    await page.fill('#field-phone', '+995 555 12 34 56');
    await page.click('button.primary');
    await page.waitForSelector('#field-reason', { state: 'visible' });
    await page.setInputFiles('#field-photo', {
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: tinyPng,
    });
    await page.check('#field-delivery');
    await page.click('button[type="submit"].primary');
    await page.waitForSelector('.error-summary a[href="#field-consent"]');
    await page.check('#field-consent');
    await Promise.all([page.waitForNavigation(), page.click('button[type="submit"].primary')]);
    expect(posts).toHaveLength(1);
    const result = JSON.parse((await page.textContent('#result'))!);
    expect(result.value).toMatchObject({ reason: 'expired', previousCardNumber: '12AB34567' });
    expect(csp).toEqual([]);
  }, 60_000);

  it('links from the summary to a field on another step and shows that step', async () => {
    const page = await open('/forms/id-card-application?locale=ka', 'js');
    await fillStepOne(page);
    await page.fill('#field-personalNumber', '');
    await page.click('button.primary');
    await page.fill('#field-personalNumber', '01024056789');
    await page.click('button.primary');
    await page.waitForSelector('#field-reason', { state: 'visible' });
    // Clear a step-one field behind the user's back, as a stale value would be.
    await page.evaluate(() => {
      (document.getElementById('field-lastName') as HTMLInputElement).value = '';
    });
    await page.click('button[type="submit"].primary');
    await page.click('.error-summary a[href="#field-lastName"]');
    await page.waitForSelector('#field-lastName', { state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-lastName');
  }, 60_000);

  it('is usable by keyboard: from the error summary to the field, and through the choices', async () => {
    const page = await open('/forms/municipal-request?locale=ka', 'js');
    await page.click('button.primary');
    await page.waitForSelector('.error-summary');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      '#field-applicantType',
    );
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-applicantType');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-applicantType-1');
    // Choosing "organisation" by keyboard shows its fields in place.
    await page.waitForSelector('#field-organizationName');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-organizationName');
    // Asking for the answer by email makes the email address required.
    expect(await page.textContent('label[for="field-email"]')).not.toContain('სავალდებულო');
    await page.focus('#field-responseChannels');
    await page.keyboard.press('Space');
    await page.waitForFunction(() =>
      document.querySelector('label[for="field-email"]')?.textContent?.includes('სავალდებულო'),
    );
  }, 60_000);

  it('adds and removes group items in place with JavaScript', async () => {
    const page = await open('/forms/id-card-application?locale=ka', 'js');
    await fillStepOne(page);
    await page.click('button.primary');
    await page.check('#field-withMinors');
    await page.waitForSelector('button[value="add:minors"]');
    await page.click('button[value="add:minors"]');
    await page.fill('#field-minors-0-fullName', 'ლუკა ბერიძე');
    await page.click('button[value="add:minors"]');
    await page.fill('#field-minors-1-fullName', 'ანა ბერიძე');
    await page.click('button[value="remove:minors.0"]');
    expect(await page.inputValue('#field-minors-0-fullName')).toBe('ანა ბერიძე');
    expect(await page.$('#field-minors-1-fullName')).toBeNull();
  }, 60_000);

  it('runs axe for real: a field without a label is reported', async () => {
    const page = await open('/forms/municipal-request?locale=en', 'js');
    await page.evaluate(() => document.querySelector('label[for="field-fullName"]')?.remove());
    const violations = await axeViolations(page);
    expect(violations.map((v) => v.id)).toContain('label');
  }, 60_000);
});
