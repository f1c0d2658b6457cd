// The diagram diff of two published versions: reached from the version
// history, both diagrams drawn by the bpmn-js viewer under the strict CSP, the
// added task marked green on the newer one, the renamed task amber on both,
// and the same changes listed in words, with the changed form field.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import en from '../../messages/en.json' with { type: 'json' };
import ka from '../../messages/ka.json' with { type: 'json' };
import { axeViolations, type Locale, openPage, signIn, useBrowser } from './browser.ts';
import { version1, version2 } from './starter-versions.ts';

const base = inject('studioUrl');
const browser = useBrowser();
const SERVICE = 'vdiff-demo';

async function publish(page: Page, files: Record<string, string>) {
  const saved = await page.request.put(`/api/services/${SERVICE}/draft`, { data: { files } });
  expect((await saved.json()).ok).toBe(true);
  expect((await page.request.post(`/api/services/${SERVICE}/versions`)).status()).toBe(201);
}

/** Each body row of a table as its cells' text, separated by ` | `. */
function cells(page: Page, table: string): Promise<string[]> {
  return page.$$eval(`${table} tbody tr`, (rows) =>
    rows.map((tr) =>
      [...(tr as HTMLTableRowElement).cells]
        .map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim())
        .join(' | '),
    ),
  );
}

beforeAll(async () => {
  const { page, close } = await openPage(browser(), base, 'en');
  await signIn(page, 'central.analyst');
  await publish(page, version1(SERVICE));
  await publish(page, version2(SERVICE));
  await close();
});

describe('the diagram diff of two versions', () => {
  it('is reached from the version history and marks the added, changed and listed elements', async () => {
    const { page, csp, close } = await openPage(browser(), base, 'en');
    await signIn(page, 'central.analyst');
    await page.goto(`/design/services/${SERVICE}`);
    await page.selectOption('#diff-from', '1');
    await page.selectOption('#diff-to', '2');
    await page.click(`button:has-text("${en.vdiff_open}")`);
    await page.waitForSelector('.diagrams[data-ready]');
    expect(new URL(page.url()).pathname).toBe(`/design/services/${SERVICE}/diagram`);

    expect(await page.$('.before [data-element-id="Task_Check"]')).toBeNull();
    await page.waitForSelector('.after [data-element-id="Task_Check"].vdiff-added');
    await page.waitForSelector('.after [data-element-id="Flow_ToCheck"].vdiff-added');
    await page.waitForSelector('.before [data-element-id="Task_Decide"].vdiff-changed');
    await page.waitForSelector('.after [data-element-id="Task_Decide"].vdiff-changed');
    expect(await page.$('.after [data-element-id="End_Granted"].vdiff-added')).toBeNull();
    expect(await page.textContent('.after .vdiff-badge-added')).toBe('+');

    expect(await cells(page, 'table.elements')).toEqual([
      `Check Task_Check | userTask | + ${en.vdiff_added} | `,
      `Decide Task_Decide | userTask | ~ ${en.vdiff_changed} | name`,
      `Flow_ToCheck | sequenceFlow | + ${en.vdiff_added} | `,
      `Flow_ToDecide | sequenceFlow | ~ ${en.vdiff_changed} | source`,
    ]);
    expect(await cells(page, 'table.fields')).toEqual([`decision | note | + ${en.vdiff_added} | `]);
    expect(await page.textContent('.legend')).toContain(en.vdiff_legend_added);
    expect(csp).toEqual([]);
    await close();
  });

  it.each(['ka', 'en'] as Locale[])('has no WCAG 2.1 AA violations in %s', async (locale) => {
    const { page, csp, close } = await openPage(browser(), base, locale);
    await signIn(page, 'central.analyst');
    await page.goto(`/design/services/${SERVICE}/diagram?from=1&to=2`);
    await page.waitForSelector('.diagrams[data-ready]');
    expect(await page.textContent('h1')).toContain({ ka, en }[locale].vdiff_title);
    expect(await axeViolations(page)).toEqual([]);
    expect(csp).toEqual([]);
    await close();
  });
});
