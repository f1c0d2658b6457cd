// FEEL values come back from feelin as luxon objects and ranges; the engine's
// state is plain JSON, so results are normalized before they leave the module.
import type { Localized } from './localized.ts';

type Temporal = { isLuxonDateTime?: boolean; isLuxonDuration?: boolean; toISO(): string | null };

function isTemporal(value: object): value is Temporal {
  const v = value as Temporal;
  return v.isLuxonDateTime === true || v.isLuxonDuration === true;
}

/** Converts a FEEL result to plain JSON: dates and durations become ISO-8601 strings. */
export function toJsonValue(value: unknown, depth = 0): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'function' || depth > 64) return null;
  if (typeof value !== 'object') return null;
  if (isTemporal(value)) return value.toISO();
  if (Array.isArray(value)) return value.map((v) => toJsonValue(v, depth + 1));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = toJsonValue(v, depth + 1);
  return out;
}

export const feelMessages = {
  syntax: (detail: string): Localized => ({
    ka: `FEEL გამოსახულება არასწორია: ${detail}`,
    en: `Invalid FEEL expression: ${detail}`,
  }),
  empty: (): Localized => ({
    ka: 'FEEL გამოსახულება ცარიელია',
    en: 'The FEEL expression is empty',
  }),
  tooLong: (max: number): Localized => ({
    ka: `FEEL გამოსახულება ${max} სიმბოლოზე გრძელია`,
    en: `The FEEL expression is longer than ${max} characters`,
  }),
};
