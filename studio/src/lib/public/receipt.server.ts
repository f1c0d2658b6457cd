// What the confirmation page shows after a citizen applies: the case number
// and status token travel in a short-lived HttpOnly cookie across the
// redirect (post, redirect, get), never in a URL where history and logs
// would keep the token.
import type { Cookies } from '@sveltejs/kit';
import type { PublicCaseReceipt } from '$lib/api/generated/public-case-receipt.ts';

const COOKIE = 'saqme_receipt';
const options = { path: '/apply', httpOnly: true, sameSite: 'strict', maxAge: 60 * 60 } as const;

export type Receipt = Pick<PublicCaseReceipt, 'number' | 'statusToken' | 'serviceId' | 'tenantId'>;

export function keepReceipt(cookies: Cookies, r: Receipt): void {
  const value = {
    number: r.number,
    statusToken: r.statusToken,
    serviceId: r.serviceId,
    tenantId: r.tenantId,
  };
  cookies.set(COOKIE, Buffer.from(JSON.stringify(value)).toString('base64url'), options);
}

export function readReceipt(cookies: Cookies): Receipt | undefined {
  const raw = cookies.get(COOKIE);
  if (!raw) return undefined;
  try {
    const r = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<Receipt>;
    return typeof r.number === 'string' &&
      typeof r.statusToken === 'string' &&
      typeof r.serviceId === 'string' &&
      typeof r.tenantId === 'string'
      ? (r as Receipt)
      : undefined;
  } catch {
    return undefined;
  }
}
