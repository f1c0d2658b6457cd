// How the studio writes a moment: as Georgian offices do, DD.MM.YYYY HH:MM in
// Tbilisi time, the same in both languages. Plain arithmetic instead of Intl:
// Debian's Chromium has no Georgian ICU data, so `ka-GE` formats differently
// in the browser than on the server and hydration would rewrite every date.
// Tbilisi keeps UTC+4 all year (the engine's working-day calendar relies on it too).

const TBILISI_OFFSET_MS = 4 * 3_600_000;

const pad = (n: number) => String(n).padStart(2, '0');

function tbilisi(iso: string): Date {
  return new Date(new Date(iso).getTime() + TBILISI_OFFSET_MS);
}

/** The day of a moment in Tbilisi: DD.MM.YYYY. */
export function formatDate(iso: string): string {
  const d = tbilisi(iso);
  return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
}

/** A moment in Tbilisi time: DD.MM.YYYY HH:MM, or HH:MM:SS where the order of events matters. */
export function formatWhen(iso: string, options: { seconds?: boolean } = {}): string {
  const d = tbilisi(iso);
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return `${formatDate(iso)} ${options.seconds ? `${time}:${pad(d.getUTCSeconds())}` : time}`;
}
