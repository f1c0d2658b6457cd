import { describe, expect, it } from 'vitest';
import { formatIssueDate } from './format-date.ts';

describe('formatIssueDate', () => {
  it('writes DD.MM.YYYY', () => {
    expect(formatIssueDate('2026-03-05T09:00:00Z', 'Asia/Tbilisi')).toBe('05.03.2026');
  });

  it('uses the date in the given time zone, not in UTC', () => {
    expect(formatIssueDate('2026-12-31T20:30:00Z', 'Asia/Tbilisi')).toBe('01.01.2027');
    expect(formatIssueDate('2026-12-31T20:30:00Z', 'UTC')).toBe('31.12.2026');
  });
});
