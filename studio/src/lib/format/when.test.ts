import { describe, expect, it } from 'vitest';
import { formatDate, formatWhen } from './when.ts';

describe('formatWhen', () => {
  it('writes the Tbilisi time as DD.MM.YYYY HH:MM, across midnight and the year', () => {
    expect(formatWhen('2026-11-27T20:05:00.000Z')).toBe('28.11.2026 00:05');
    expect(formatWhen('2026-12-31T21:30:59.999Z')).toBe('01.01.2027 01:30');
    expect(formatWhen('2026-03-04T06:00:00.000Z')).toBe('04.03.2026 10:00');
  });

  it('adds the seconds when asked', () => {
    expect(formatWhen('2026-11-27T08:00:07.000Z', { seconds: true })).toBe('27.11.2026 12:00:07');
  });

  it('keeps UTC+4 in summer and winter alike', () => {
    expect(formatWhen('2026-07-01T12:00:00.000Z')).toBe('01.07.2026 16:00');
    expect(formatWhen('2026-01-01T12:00:00.000Z')).toBe('01.01.2026 16:00');
  });
});

describe('formatDate', () => {
  it('writes the Tbilisi day as DD.MM.YYYY', () => {
    expect(formatDate('2026-11-27T20:05:00.000Z')).toBe('28.11.2026');
    expect(formatDate('2026-11-27T19:59:00.000Z')).toBe('27.11.2026');
  });
});
