// The data a BarChart draws: named series (each with a colour class) and rows
// of one value per series.

export interface ChartSeries {
  label: string;
  tone: 'opened' | 'closed' | 'breaches';
}

export interface ChartRow {
  label: string;
  values: number[];
}

/** KPI numbers as chart rows: opened, closed, past due. */
export function kpiRows(
  items: readonly { opened: number; closed: number; slaBreaches: number }[],
  label: (index: number) => string,
): ChartRow[] {
  return items.map((k, i) => ({ label: label(i), values: [k.opened, k.closed, k.slaBreaches] }));
}

/**
 * Seconds as hours with one decimal, the decimal mark by language (a comma in
 * Georgian), written out here since browsers' Intl data may lack Georgian.
 */
export function formatHours(seconds: number | null, locale: 'ka' | 'en'): string {
  if (seconds === null) return '—';
  const text = String(Math.round(seconds / 360) / 10);
  return locale === 'ka' ? text.replace('.', ',') : text;
}
