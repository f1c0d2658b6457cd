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
