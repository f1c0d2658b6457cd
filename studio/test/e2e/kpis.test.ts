// The supervisors' KPI dashboard over real cases: after Batumi's clerk
// starts a case of the drill service, the per-service chart counts it; the
// central agency's supervisor compares the municipalities. Charts are SVG
// images named and described in the page's language, with the numbers as
// tables too. Incidents are listed beside them.
import { describe, expect, inject, it } from 'vitest';
import en from '../../messages/en.json' with { type: 'json' };
import ka from '../../messages/ka.json' with { type: 'json' };
import { axeViolations, type Locale, useBrowser } from './browser.ts';
import { DRILL, DRILL_TITLE, pageOf, publishDrill, startCase } from './supervise.ts';

const messages = { ka, en };
const base = inject('studioUrl');
const browser = useBrowser();

interface ServiceKpi {
  serviceId: string;
  opened: number;
}

describe.each(['ka', 'en'] as Locale[])('the KPI dashboard in %s', (locale) => {
  const t = messages[locale];

  it('charts a newly started case per service and per municipality, with no WCAG 2.1 AA violations', async () => {
    await publishDrill(browser(), base);
    const { page, csp, close } = await pageOf(browser(), base, 'batumi.supervisor', locale);
    const before = (await (await page.request.get('/api/kpis')).json()) as { items: ServiceKpi[] };
    const opened = (before.items.find((k) => k.serviceId === DRILL)?.opened ?? 0) + 1;
    const clerk = await pageOf(browser(), base, 'batumi.clerk');
    await startCase(clerk.page);
    await clerk.close();

    await page.goto('/');
    expect((await page.locator('nav a').allTextContents()).map((s) => s.trim())).toEqual([
      t.nav_home,
      t.nav_inbox,
      t.nav_cases,
      t.sup_nav_overdue,
      t.nav_kpis,
      t.nav_incidents,
      t.kb_nav,
    ]);
    await page.click(`nav a:has-text("${t.nav_kpis}")`);
    await page.waitForURL('**/kpis');
    expect(await page.textContent('h1')).toBe(t.nav_kpis);

    const chart = page.locator('svg[data-chart=kpi-services]');
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.locator('title').textContent()).toBe(t.kpis_chart);
    const description = (await chart.locator('desc').textContent()) ?? '';
    expect(description).toContain(`${DRILL_TITLE[locale]}: ${t.kpis_opened} ${opened},`);
    const bars = chart.locator(`g:has(text.label:text-is("${DRILL_TITLE[locale]}"))`);
    expect(await bars.locator('rect.opened').count()).toBe(1);
    expect(Number(await bars.locator('rect.opened').getAttribute('width'))).toBeGreaterThan(0);
    expect(await bars.locator('text.value').first().textContent()).toBe(String(opened));
    const tableRow = page.locator(
      `table.kpi-services tr:has(th:text-is("${DRILL_TITLE[locale]}"))`,
    );
    expect(await tableRow.locator('td').first().textContent()).toBe(String(opened));

    const tenants = page.locator('svg[data-chart=kpi-tenants]');
    expect(await tenants.locator('title').textContent()).toBe(t.sup_kpis_tenant_chart);
    expect(await tenants.locator('desc').textContent()).toContain(
      locale === 'ka' ? 'ბათუმის მუნიციპალიტეტი' : 'Batumi Municipality',
    );
    expect(await page.textContent('main')).toContain(t.sup_kpis_own_tenant);
    expect(await axeViolations(page)).toEqual([]);

    await page.click(`nav a:has-text("${t.nav_incidents}")`);
    await page.waitForURL('**/incidents');
    expect(await page.textContent('tbody')).toContain(t.incidents_none);
    expect(await axeViolations(page)).toEqual([]);
    expect(csp).toEqual([]);
    await close();
  });

  it("compares every municipality for the central agency's supervisor", async () => {
    const { page, csp, close } = await pageOf(browser(), base, 'central.supervisor', locale);
    await page.goto('/kpis');
    const rows = await page.locator('table.kpi-tenants tbody th').allTextContents();
    expect(rows).toHaveLength(4);
    const batumi = locale === 'ka' ? 'ბათუმის მუნიციპალიტეტი' : 'Batumi Municipality';
    expect(rows).toContain(batumi);
    const opened = await page
      .locator(`table.kpi-tenants tr:has(th:text-is("${batumi}")) td`)
      .first()
      .textContent();
    expect(Number(opened)).toBeGreaterThan(0);
    expect(await page.locator('svg[data-chart=kpi-tenants] g').count()).toBe(4);
    expect(await page.textContent('main')).not.toContain(t.sup_kpis_own_tenant);
    expect(await axeViolations(page)).toEqual([]);
    expect(csp).toEqual([]);
    await close();
  });
});
