// ISO-8601 durations and instants for timers, computed without a clock:
// callers always pass `now`.
export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const DURATION =
  /^P(?!$)(?:(\d{1,6})Y)?(?:(\d{1,6})M)?(?:(\d{1,6})W)?(?:(\d{1,6})D)?(?:T(?=\d)(?:(\d{1,8})H)?(?:(\d{1,8})M)?(?:(\d{1,9}(?:\.\d{1,3})?)S)?)?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

export function parseDuration(text: string): Duration | undefined {
  const m = DURATION.exec(text.trim());
  if (!m) return undefined;
  const n = (i: number) => Number(m[i] ?? 0);
  return {
    years: n(1),
    months: n(2),
    weeks: n(3),
    days: n(4),
    hours: n(5),
    minutes: n(6),
    seconds: n(7),
  };
}

/** Approximate length in days, for sanity caps only. */
export function durationDays(d: Duration): number {
  return (
    d.years * 366 +
    d.months * 31 +
    d.weeks * 7 +
    d.days +
    (d.hours + (d.minutes + d.seconds / 60) / 60) / 24
  );
}

export function parseInstant(text: string): number | undefined {
  const t = text.trim();
  if (!INSTANT.test(t)) return undefined;
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? undefined : ms;
}

/** How days count for SLAs: every day, or Monday to Friday except holidays. */
export interface SlaCalendar {
  calendar?: 'calendar-days' | 'working-days';
  holidays?: string[];
}

// Georgia keeps UTC+4 all year; working days are Tbilisi calendar days.
const TBILISI_OFFSET_MS = 4 * 3_600_000;
const DAY_MS = 86_400_000;

function addWorkingDays(ms: number, days: number, holidays: Set<string>): number {
  let local = ms + TBILISI_OFFSET_MS;
  for (let left = days; left > 0; ) {
    local += DAY_MS;
    const date = new Date(local);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidays.has(date.toISOString().slice(0, 10))) left--;
  }
  return local - TBILISI_OFFSET_MS;
}

/**
 * Adds a duration to an instant: years and months by the calendar (UTC),
 * weeks and days as calendar days or, with a working-days SLA calendar, as
 * working days (a week is five), then hours, minutes and seconds. Returns an ISO string.
 */
export function addDuration(nowIso: string, d: Duration, sla: SlaCalendar = {}): string {
  const date = new Date(Date.parse(nowIso));
  const working = sla.calendar === 'working-days';
  const calendarDays = working ? 0 : d.weeks * 7 + d.days;
  date.setUTCFullYear(
    date.getUTCFullYear() + d.years,
    date.getUTCMonth() + d.months,
    date.getUTCDate() + calendarDays,
  );
  let ms = date.getTime();
  if (working) ms = addWorkingDays(ms, d.weeks * 5 + d.days, new Set(sla.holidays ?? []));
  return new Date(ms + ((d.hours * 60 + d.minutes) * 60 + d.seconds) * 1000).toISOString();
}
