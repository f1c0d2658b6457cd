import { describe, expect, it } from 'vitest';
import { dueState, formatSpan, overdueMs, type UnitNamer } from './due.ts';

const NOW = '2026-11-27T08:00:00.000Z';

describe('dueState', () => {
  it('tells overdue, due soon, in time and undated tasks apart', () => {
    expect(dueState('2026-11-27T07:59:00.000Z', NOW)).toBe('overdue');
    expect(dueState('2026-11-27T20:00:00.000Z', NOW)).toBe('soon');
    expect(dueState('2026-12-01T08:00:00.000Z', NOW)).toBe('ok');
    expect(dueState(null, NOW)).toBe('none');
  });
});

describe('overdueMs', () => {
  it('counts the time since the due time, and nothing before it', () => {
    expect(overdueMs('2026-11-27T06:30:00.000Z', NOW)).toBe(90 * 60_000);
    expect(overdueMs('2026-11-28T00:00:00.000Z', NOW)).toBe(0);
    expect(overdueMs(null, NOW)).toBe(0);
  });
});

const english: UnitNamer = (n, unit) => `${n} ${unit}${n === 1 ? '' : 's'}`;

describe('formatSpan', () => {
  it('names the two largest units', () => {
    expect(formatSpan((2 * 24 + 3) * 3_600_000 + 5 * 60_000, english)).toBe('2 days 3 hours');
  });

  it('skips a zero unit and shows minutes for a short span', () => {
    expect(formatSpan(24 * 3_600_000 + 7 * 60_000, english)).toBe('1 day');
    expect(formatSpan(42 * 60_000, english)).toBe('42 minutes');
    expect(formatSpan(10_000, english)).toBe('0 minutes');
  });
});
