// The designer in a real browser: bpmn-js under the strict CSP, the gov
// properties panel, live engine diagnostics as markers and as a list that
// selects the element, and bundle import and export.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import en from '../../messages/en.json' with { type: 'json' };
import ka from '../../messages/ka.json' with { type: 'json' };
import { axeViolations, type Locale, openPage, signIn, useBrowser } from './browser.ts';

const messages = { ka, en };
const base = inject('studioUrl');
const examples = resolve(import.meta.dirname, '../../../examples');
const browser = useBrowser();

function exampleFiles(name: string): Record<string, string> {
  const dir = join(examples, name);
  const files: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (statSync(join(dir, f)).isFile()) files[f] = readFileSync(join(dir, f), 'utf8');
  }
  return files;
}

async function openDesigner(locale: Locale) {
  const opened = await openPage(browser(), base, locale);
  await signIn(opened.page, 'central.analyst');
  await opened.page.goto('/design');
  await opened.page.evaluate(() => localStorage.clear());
  await opened.page.reload();
  await opened.page.waitForSelector('.designer[data-ready] .djs-container');
  await opened.page.waitForSelector('[data-element-id="Task_Decide"]');
  return opened;
}

const diagnosticsText = (page: Page) => page.textContent('.diagnostics');

describe.each(['ka', 'en'] as Locale[])('the designer in %s', (locale) => {
  const t = messages[locale];

  it('draws the template under the CSP, compiles it clean, with no WCAG 2.1 AA violations', async () => {
    const { page, csp, close } = await openDesigner(locale);
    await page.waitForFunction(
      (text) => document.querySelector('.diagnostics')?.textContent?.includes(text),
      t.design_no_diagnostics,
    );
    expect(await page.textContent('h2.service')).toBe(
      locale === 'ka' ? 'ახალი სერვისი' : 'New service',
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(csp).toEqual([]);
    await close();
  });

  it('marks an element the compiler refuses, and the list selects it', async () => {
    const { page, close } = await openDesigner(locale);
    await page.click('[data-element-id="Task_Decide"]');
    await page.selectOption('#prop-form', '');
    await page.waitForSelector('[data-element-id="Task_Decide"].saqme-error');
    expect(await diagnosticsText(page)).toContain(t.design_error);
    await page.click('[data-element-id="Start"]');
    expect(await page.inputValue('#prop-id')).toBe('Start');
    await page.click('.diagnostics button:has-text("Task_Decide")');
    expect(await page.inputValue('#prop-id')).toBe('Task_Decide');
    await page.selectOption('#prop-form', 'decision');
    await page.waitForFunction(
      () => !document.querySelector('[data-element-id="Task_Decide"].saqme-error'),
    );
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});

describe('the properties panel', () => {
  it('checks a FEEL condition as it is typed and stores it in the diagram', async () => {
    const { page, close } = await openDesigner('en');
    // A flow is a thin line; its label is the easier thing to click.
    await page.click('[data-element-id="Flow_Granted_label"]');
    expect(await page.inputValue('#prop-condition')).toBe('= decision.approved = true');
    await page.fill('#prop-condition', '= decision.approved = (');
    await page.waitForSelector('#prop-condition-error');
    await page.fill('#prop-condition', '= decision.approved = false');
    await page.press('#prop-condition', 'Tab');
    expect(await page.$('#prop-condition-error')).toBeNull();
    await page.waitForFunction(() =>
      (localStorage.getItem('saqme.designer.bundle') ?? '').includes('decision.approved = false'),
    );
    await close();
  });

  it('sets the candidate roles and English name of a user task through the command stack', async () => {
    const { page, close } = await openDesigner('en');
    await page.click('[data-element-id="Task_Decide"]');
    await page.fill('#prop-name-en', 'Decide on the request');
    await page.press('#prop-name-en', 'Tab');
    await page.uncheck('fieldset input[type=checkbox]');
    await page.waitForFunction(() => {
      const saved = localStorage.getItem('saqme.designer.bundle') ?? '';
      return (
        saved.includes('Decide on the request') && !saved.includes('candidateRoles=\\"clerk\\"')
      );
    });
    // Undo belongs to the canvas: focus it first.
    await page.focus('.canvas svg[tabindex]');
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() =>
      (localStorage.getItem('saqme.designer.bundle') ?? '').includes('candidateRoles=\\"clerk\\"'),
    );
    await close();
  });
});

describe('bundle import and export', () => {
  it('imports an example as a zip of its folder and exports it back as JSON', async () => {
    const { page, close } = await openDesigner('en');
    const files = exampleFiles('municipal-request');
    const zip = zipSync(
      Object.fromEntries(
        Object.entries(files).map(([p, text]) => [`municipal-request/${p}`, strToU8(text)]),
      ),
    );
    await page.setInputFiles('.toolbar input[type=file]', {
      name: 'municipal-request.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(zip),
    });
    await page.waitForSelector('[data-element-id="Task_Review"]');
    expect(await page.textContent('h2.service')).toBe('Citizen request to the municipality');
    await page.waitForFunction(
      (text) => document.querySelector('.diagnostics')?.textContent?.includes(text),
      en.design_no_diagnostics,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click(`button:has-text("${en.design_export_json}")`),
    ]);
    const path = await download.path();
    const exported = JSON.parse(readFileSync(path, 'utf8')) as { files: Record<string, string> };
    expect(Object.keys(exported.files).sort()).toEqual(Object.keys(files).sort());
    expect(exported.files['service.json']).toBe(files['service.json']);
    await close();
  });

  it('refuses a file that is not a bundle, saying why', async () => {
    const { page, close } = await openDesigner('ka');
    await page.setInputFiles('.toolbar input[type=file]', {
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello":"world"}'),
    });
    await page.waitForSelector('.toolbar [role=status] .error-text');
    expect(await page.textContent('.toolbar [role=status]')).toContain('ფაილი ვერ წავიკითხე');
    expect(await page.textContent('h2.service')).toBe('ახალი სერვისი');
    await close();
  });
});

describe('Try it', () => {
  it('runs the service through its real forms, lights up the path and keeps the run as a scenario', async () => {
    const { page, csp, close } = await openDesigner('en');
    await page.click('button.try-toggle');
    await page.waitForSelector('.try .saqme-form');
    await page.click('.try .saqme-form button[type=submit]');
    await page.waitForSelector(
      '.try .saqme-form [role=alert], .try .saqme-form .error-summary, .try .saqme-form [tabindex="-1"]',
    );
    expect(await page.$('.try .waiting')).toBeNull();
    await page.fill('#field-personalNumber', '01001011234');
    await page.fill('#field-request', 'A certificate, please');
    await page.click('.try .saqme-form button[type=submit]');
    await page.waitForSelector('.try .waiting h3');
    expect(await page.textContent('.try .waiting h3')).toBe('Review');
    await page.waitForSelector('[data-element-id="Task_Decide"].saqme-active');
    await page.check('#field-approved');
    await page.click('.try .waiting .saqme-form button[type=submit]');
    await page.waitForFunction(
      (text) => document.querySelector('.try .status')?.textContent?.includes(text),
      'granted',
    );
    await page.waitForSelector('[data-element-id="End_Granted"].saqme-visited');
    await page.fill('#try-scenario', 'granted-again');
    await page.click(`button:has-text("${en.try_save}")`);
    await page.waitForFunction(() =>
      (localStorage.getItem('saqme.designer.bundle') ?? '').includes(
        'scenarios/granted-again.json',
      ),
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(csp).toEqual([]);
    await close();
  });
});
