import { describe, expect, it } from 'vitest';
import { formatHours, kpiRows } from './chart.ts';

describe('kpiRows', () => {
  it('puts opened, closed and past due in series order', () => {
    expect(kpiRows([{ opened: 3, closed: 2, slaBreaches: 1 }], () => 'Tbilisi')).toEqual([
      { label: 'Tbilisi', values: [3, 2, 1] },
    ]);
  });
});

describe('formatHours', () => {
  it('shows hours with one decimal, a comma in Georgian, and a dash for none', () => {
    expect(formatHours(5400, 'en')).toBe('1.5');
    expect(formatHours(5400, 'ka')).toBe('1,5');
    expect(formatHours(7200, 'en')).toBe('2');
    expect(formatHours(null, 'ka')).toBe('—');
  });
});
