// Dates as Georgian forms show them, DD.MM.YYYY, in Tbilisi's calendar
// (UTC+4 all year), the same on the server and in the browser.
export function tbilisiDate(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 4 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
}
