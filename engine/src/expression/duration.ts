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

/** Adds a duration to an instant; calendar units in UTC. Returns an ISO string. */
export function addDuration(nowIso: string, d: Duration): string {
  const date = new Date(Date.parse(nowIso));
  date.setUTCFullYear(
    date.getUTCFullYear() + d.years,
    date.getUTCMonth() + d.months,
    date.getUTCDate() + d.weeks * 7 + d.days,
  );
  const ms = date.getTime() + ((d.hours * 60 + d.minutes) * 60 + d.seconds) * 1000;
  return new Date(ms).toISOString();
}
