import { describe, expect, it } from 'vitest';
import { addDuration, parseDuration, parseInstant } from './duration.ts';

describe('parseDuration', () => {
  it('reads ISO-8601 durations', () => {
    expect(parseDuration('P1Y2M3W4DT5H6M7.5S')).toEqual({
      years: 1,
      months: 2,
      weeks: 3,
      days: 4,
      hours: 5,
      minutes: 6,
      seconds: 7.5,
    });
    expect(parseDuration('PT10M')?.minutes).toBe(10);
  });

  it('rejects malformed text', () => {
    for (const bad of ['P', 'PT', '10 days', 'P1H', 'P-1D', 'P1DT', `P${'9'.repeat(20)}D`]) {
      expect(parseDuration(bad)).toBeUndefined();
    }
  });
});

describe('addDuration', () => {
  it('adds calendar and clock units to an instant', () => {
    expect(addDuration('2026-01-31T10:00:00Z', parseDuration('P1D')!)).toBe(
      '2026-02-01T10:00:00.000Z',
    );
    expect(addDuration('2026-01-01T00:00:00Z', parseDuration('PT90M')!)).toBe(
      '2026-01-01T01:30:00.000Z',
    );
  });
});

describe('parseInstant', () => {
  it('accepts instants with a zone and rejects the rest', () => {
    expect(parseInstant('2026-01-01T00:00:00+04:00')).toBe(Date.parse('2025-12-31T20:00:00Z'));
    expect(parseInstant('2026-01-01')).toBeUndefined();
  });
});

describe('addDuration with a working-days SLA calendar', () => {
  const working = { calendar: 'working-days' as const, holidays: ['2026-03-03'] };

  it('skips weekends: Friday plus one working day is Monday', () => {
    // 2026-02-27 is a Friday; 10:00 in Tbilisi is 06:00 UTC.
    expect(addDuration('2026-02-27T06:00:00Z', parseDuration('P1D')!, working)).toBe(
      '2026-03-02T06:00:00.000Z',
    );
  });

  it('skips holidays and counts a week as five working days', () => {
    expect(addDuration('2026-03-02T06:00:00Z', parseDuration('P1D')!, working)).toBe(
      '2026-03-04T06:00:00.000Z',
    );
    expect(addDuration('2026-03-02T06:00:00Z', parseDuration('P1W')!, working)).toBe(
      '2026-03-10T06:00:00.000Z',
    );
  });

  it('uses the Tbilisi date: late evening UTC is already the next day there', () => {
    // Friday 22:00 UTC is Saturday 02:00 in Tbilisi: one working day later is
    // Monday 02:00 in Tbilisi, which is Sunday 22:00 UTC.
    expect(addDuration('2026-02-27T22:00:00Z', parseDuration('P1D')!, working)).toBe(
      '2026-03-01T22:00:00.000Z',
    );
  });
});
