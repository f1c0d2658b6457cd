// Due dates as the inbox and the overdue view show them: whether a task is
// overdue, due soon or in time, when (DD.MM.YYYY HH:MM, Tbilisi time), and a
// span such as "2 days 3 hours". Pure, so server and browser render the same text.

export type DueState = 'none' | 'ok' | 'soon' | 'overdue';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Within this of its due time a task is "due soon". */
export const SOON_MS = DAY;

export function dueState(dueAt: string | null, now: string, soonMs = SOON_MS): DueState {
  if (!dueAt) return 'none';
  const left = Date.parse(dueAt) - Date.parse(now);
  if (left < 0) return 'overdue';
  return left <= soonMs ? 'soon' : 'ok';
}

/** How long ago the due time passed (0 if it has not). */
export function overdueMs(dueAt: string | null, now: string): number {
  if (!dueAt) return 0;
  return Math.max(0, Date.parse(now) - Date.parse(dueAt));
}

export type SpanUnit = 'day' | 'hour' | 'minute';
/** Names a count of a unit in the page's language ("3 hours"); the messages catalogue supplies it. */
export type UnitNamer = (count: number, unit: SpanUnit) => string;

/**
 * The two largest units of a span, at least minutes: "2 days 3 hours". The
 * words come from the message catalogue: browsers' Intl data may lack Georgian.
 */
export function formatSpan(ms: number, name: UnitNamer): string {
  const total = Math.max(0, Math.floor(Math.abs(ms) / MINUTE));
  const parts: [number, SpanUnit][] = [
    [Math.floor(total / (DAY / MINUTE)), 'day'],
    [Math.floor((total % (DAY / MINUTE)) / 60), 'hour'],
    [total % 60, 'minute'],
  ];
  const first = parts.findIndex(([n]) => n > 0);
  const shown = first < 0 ? [parts[2]!] : parts.slice(first, first + 2).filter(([n]) => n > 0);
  return shown.map(([n, unit]) => name(n, unit)).join(' ');
}
