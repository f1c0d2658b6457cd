// Georgian data formats. Values are stored canonical (what the regexes accept);
// the renderer normalises what a person types before it is validated.

/** 11 digits, kept as text: leading zeros are real. */
export const personalNumber = /^[0-9]{11}$/;
/** +995 and the 9-digit national number (mobile 5…, landline 3…/4…, others 7…/8…/9…). */
export const phone = /^\+995[3-9][0-9]{8}$/;
/** Georgian postal codes have four digits (0100–6200). */
export const postalCode = /^[0-9]{4}$/;

/** Strips the spaces, dashes, dots and brackets people type into phone numbers and prefixes +995. */
export function normalizePhone(input: string): string {
  const compact = input.replace(/[\s\-().]/g, '');
  if (/^00995/.test(compact)) return `+${compact.slice(2)}`;
  if (/^995[0-9]{9}$/.test(compact)) return `+${compact}`;
  if (/^[0-9]{9}$/.test(compact)) return `+995${compact}`;
  return compact;
}

/** ISO date (YYYY-MM-DD, how dates are stored) to the DD.MM.YYYY people read in Georgia. */
export function toDisplayDate(iso: string): string {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** DD.MM.YYYY (also D.M.YYYY or with slashes) to ISO; anything else is returned unchanged. */
export function fromDisplayDate(input: string): string {
  const m = /^\s*([0-9]{1,2})[./]([0-9]{1,2})[./]([0-9]{4})\s*$/.exec(input);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : input.trim();
}
