// The studio's headline path, in one real browser: Batumi's analyst draws a new
// three-step service in the designer (from a skeleton holding only its
// service.json, a start event and the forms the form designer cannot make
// yet, with a file field), designs the other steps' form,
// runs it in Try it and publishes it; a clerk of Batumi completes a case of
// it from the inbox and the case closes; a clerk of Kutaisi never sees it,
// neither in the inbox, nor in case search, nor by direct URL.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import en from '../../messages/en.json' with { type: 'json' };
import { openPage, signIn, useBrowser } from './browser.ts';
import { taskAt } from './clerk-cases.ts';

const base = inject('studioUrl');
const browser = useBrowser();

const SERVICE_ID = 'yard-lighting';
const SKELETON = {
  'service.json': JSON.stringify({
    schemaVersion: 1,
    id: SERVICE_ID,
    title: { ka: 'ეზოს განათების აღდგენა', en: 'Yard lighting repair' },
    roles: [{ id: 'clerk', title: { ka: 'ოპერატორი', en: 'Clerk' } }],
    startForm: 'application',
  }),
  'forms/application.form.json': JSON.stringify({
    schemaVersion: 1,
    id: 'application',
    title: { ka: 'განცხადება', en: 'Application' },
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['address'],
      properties: { address: { type: 'string', minLength: 5 } },
    },
    ui: { fields: { address: { widget: 'text', label: { ka: 'მისამართი', en: 'Address' } } } },
  }),
  // The form designer has no file widget yet: the first step's form, with a
  // photo of the lamp, comes with the skeleton.
  'forms/inspection.form.json': JSON.stringify({
    schemaVersion: 1,
    id: 'inspection',
    title: { ka: 'დათვალიერება', en: 'Inspection' },
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['finding'],
      properties: {
        finding: { type: 'string', minLength: 3 },
        photo: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'type', 'size'],
          properties: {
            name: { type: 'string', minLength: 1, maxLength: 255 },
            type: { enum: ['image/jpeg', 'image/png'] },
            size: { type: 'integer', minimum: 1, maximum: 10485760 },
            ref: { type: 'string' },
          },
        },
      },
    },
    ui: {
      fields: {
        finding: { widget: 'textarea', label: { ka: 'რა დადგინდა', en: 'Finding' } },
        photo: {
          widget: 'file',
          label: { ka: 'ნათურის ფოტო', en: 'Photo of the lamp' },
          accept: ['image/jpeg', 'image/png'],
        },
      },
    },
  }),
  'process.bpmn': `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:gov="https://saqme.ge/schema/bpmn/gov/1" id="Definitions_Lighting" targetNamespace="https://saqme.ge/services/yard-lighting">
  <bpmn:process id="Process_Lighting" isExecutable="true">
    <bpmn:startEvent id="Start" name="მოთხოვნა შემოვიდა" gov:nameEn="Request received" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_Lighting">
    <bpmndi:BPMNPlane id="Plane_Lighting" bpmnElement="Process_Lighting">
      <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="152" y="182" width="36" height="36" /></bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`,
};
// A 1×1 PNG: the runtime recognises a document's type by its bytes.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const STEPS = [
  { ka: 'ადგილის დათვალიერება', en: 'Inspect the site', form: 'inspection', field: 'finding' },
  { ka: 'ნათურის შეცვლა', en: 'Replace the lamp', form: 'check', field: 'note' },
  { ka: 'მოქალაქის ინფორმირება', en: 'Inform the citizen', form: 'check', field: 'note' },
];

/** Selects a shape afresh (after a click on empty canvas), so its context pad is open. */
async function select(page: Page, id: string) {
  const box = (await page.locator('.canvas').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height - 20);
  await page.click(`[data-element-id="${id}"]`);
  await page.waitForSelector('.djs-context-pad.open');
}

async function appendUserTask(page: Page, after: string, step: (typeof STEPS)[number]) {
  await select(page, after);
  await page.click('.djs-context-pad [data-action="append.append-task"]');
  await page.waitForFunction((prev) => {
    const id = (document.querySelector('#prop-id') as HTMLInputElement | null)?.value;
    return id !== undefined && id !== prev;
  }, after);
  await page.click('.djs-context-pad [data-action="replace"]');
  await page.click('[data-id="replace-with-user-task"]');
  await page.waitForSelector('#prop-form');
  const id = await page.inputValue('#prop-id');
  await page.fill('#prop-name', step.ka);
  await page.press('#prop-name', 'Tab');
  await page.fill('#prop-name-en', step.en);
  await page.press('#prop-name-en', 'Tab');
  await page.selectOption('#prop-form', step.form);
  await page.check('.properties fieldset input[type=checkbox]');
  return id;
}

async function designService(page: Page): Promise<string[]> {
  await page.goto('/design');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector('.designer[data-ready] .djs-container');
  await page.setInputFiles('.toolbar input[type=file]', {
    name: `${SERVICE_ID}.bundle.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ files: SKELETON })),
  });
  await page.waitForSelector('[data-element-id="Start"]');
  expect(await page.textContent('h2.service')).toBe('Yard lighting repair');

  // The steps' form, designed in the form designer.
  await page.click(`.tabs button:has-text("${en.design_tab_forms}")`);
  await page.fill('#form-new', 'check');
  await page.click(`button:has-text("${en.forms_create}")`);
  await page.fill('#field-new-key', 'note');
  await page.selectOption('#field-new-widget', 'textarea');
  await page.click(`button:has-text("${en.forms_add}")`);
  await page.fill('#fe-label-ka', 'შენიშვნა');
  await page.press('#fe-label-ka', 'Tab');
  await page.fill('#fe-label-en', 'Note');
  await page.press('#fe-label-en', 'Tab');
  await page.check('#fe-required');
  await page.fill('#fe-min-length', '3');
  await page.press('#fe-min-length', 'Tab');
  await page.waitForSelector('.preview #field-note');

  // Three user tasks and an end event, drawn with the context pad.
  await page.click(`.tabs button:has-text("${en.design_tab_process}")`);
  const ids: string[] = [];
  for (const step of STEPS) ids.push(await appendUserTask(page, ids.at(-1) ?? 'Start', step));
  await select(page, ids.at(-1)!);
  await page.click('.djs-context-pad [data-action="append.end-event"]');
  await page.waitForSelector('#prop-outcome');
  await page.fill('#prop-outcome', 'repaired');
  await page.press('#prop-outcome', 'Tab');
  await page.waitForFunction(
    (text) => document.querySelector('.diagnostics')?.textContent?.includes(text),
    en.design_no_diagnostics,
  );
  return ids;
}

async function tryIt(page: Page) {
  await page.click('button.try-toggle');
  await page.waitForSelector('.try .saqme-form');
  await page.fill('.try #field-address', 'ქუთაისი, რუსთაველის 12');
  await page.click('.try .saqme-form button[type=submit]');
  for (const step of STEPS) {
    await page.waitForFunction(
      (name) => document.querySelector('.try .waiting h3')?.textContent === name,
      step.en,
    );
    await page.fill(`.try .waiting #field-${step.field}`, `${step.en}: done`);
    await page.click('.try .waiting .saqme-form button[type=submit]');
  }
  await page.waitForFunction(
    (text) => document.querySelector('.try .status')?.textContent?.includes(text),
    'repaired',
  );
}

describe('a new service, from the designer to a closed case', () => {
  it('is drawn, simulated and published by an analyst, run by a Batumi clerk, and never seen in Kutaisi', async () => {
    const analyst = await openPage(browser(), base, 'en');
    await signIn(analyst.page, 'batumi.analyst');
    const steps = await designService(analyst.page);
    await tryIt(analyst.page);
    await analyst.page.click(`button:has-text("${en.catalog_publish}")`);
    await analyst.page.waitForFunction(
      (text) => document.querySelector('.catalog-status')?.textContent?.includes(text),
      en.catalog_published.replace('{version}', '1'),
    );
    expect(analyst.csp).toEqual([]);
    await analyst.close();

    const clerk = await openPage(browser(), base, 'en');
    const { page } = clerk;
    await signIn(page, 'batumi.clerk');
    const started = await page.request.post('/api/cases', {
      data: { serviceId: SERVICE_ID, data: { address: 'ბათუმი, ჭავჭავაძის 21' } },
    });
    expect(started.status(), await started.text()).toBe(201);
    const kase = (await started.json()) as { id: string; number: string };

    const stranger = await openPage(browser(), base, 'en');
    await signIn(stranger.page, 'kutaisi.clerk');

    for (const [i, step] of STEPS.entries()) {
      const taskId = await taskAt(page, kase.id, steps[i]!);
      await stranger.page.goto('/inbox');
      expect(await stranger.page.locator(`a[href="/tasks/${taskId}"]`).count()).toBe(0);
      expect((await stranger.page.goto(`/tasks/${taskId}`))?.status()).toBe(404);

      await page.goto('/inbox');
      await page.click(`a[href="/tasks/${taskId}"]`);
      await page.waitForURL(`**/tasks/${taskId}`);
      await page.waitForSelector('html[data-hydrated=true]');
      expect(await page.textContent('h1')).toBe(step.en);
      await page.fill(`#field-${step.field}`, `${step.en}: done`);
      // The first step's photo travels as multipart through the studio to the runtime.
      if (i === 0)
        await page.setInputFiles('#field-photo', {
          name: 'lamp.png',
          mimeType: 'image/png',
          buffer: PNG,
        });
      await page.click('.saqme-form button[type=submit]');
      await page.waitForURL('**/inbox?completed=*');
    }

    await expect
      .poll(
        async () => {
          await page.goto(`/cases/${kase.id}`);
          return page.textContent('#case-status');
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(en.cases_status_completed);
    expect(await page.textContent('#timeline')).toContain(en.case_event_completed);
    const photo = page.locator('main a:has-text("lamp.png")').first();
    const download = await page.request.get((await photo.getAttribute('href'))!);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('image/png');
    expect(Buffer.from(await download.body()).equals(PNG)).toBe(true);
    expect(clerk.csp).toEqual([]);
    await clerk.close();

    await stranger.page.goto(`/cases?serviceId=${SERVICE_ID}`);
    expect(await stranger.page.locator(`a[href="/cases/${kase.id}"]`).count()).toBe(0);
    expect(await stranger.page.textContent('tbody')).not.toContain(kase.number);
    expect((await stranger.page.goto(`/cases/${kase.id}`))?.status()).toBe(404);
    await stranger.close();
  }, 240_000);
});
