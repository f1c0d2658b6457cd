// Due dates as the inbox and the overdue view show them: whether a task is
// overdue, due soon or in time, and a span such as "2 days 3 hours" in the
// page's language. Pure, so server and browser render the same text.

export type DueState = 'none' | 'ok' | 'soon' | 'overdue';
export type SpanLocale = 'ka' | 'en';

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

/** The two largest units of a span, at least minutes: "2 days, 3 hours". */
export function formatSpan(ms: number, locale: SpanLocale): string {
  const total = Math.max(0, Math.floor(Math.abs(ms) / MINUTE));
  const parts: [number, 'day' | 'hour' | 'minute'][] = [
    [Math.floor(total / (DAY / MINUTE)), 'day'],
    [Math.floor((total % (DAY / MINUTE)) / 60), 'hour'],
    [total % 60, 'minute'],
  ];
  const first = parts.findIndex(([n]) => n > 0);
  const shown = first < 0 ? [parts[2]!] : parts.slice(first, first + 2).filter(([n]) => n > 0);
  const tag = locale === 'ka' ? 'ka-GE' : 'en-GB';
  return shown
    .map(([n, unit]) =>
      new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'long' }).format(n),
    )
    .join(' ');
}
