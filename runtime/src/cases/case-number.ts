// Human case numbers: <PREFIX>-<year>-<six digits>, counted per tenant,
// prefix and year in the case's own transaction, e.g. MR-2026-000123.
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { caseCounters } from '../db/schema/index.ts';

/** The prefix of a service: the initials of its id's words (municipal-request -> MR). */
export function casePrefix(serviceId: string): string {
  return serviceId
    .split(/[-_.]/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

export async function nextCaseNumber(
  tx: Tx,
  tenantId: string,
  serviceId: string,
  at: Date,
): Promise<string> {
  const prefix = casePrefix(serviceId);
  // The year where the case is opened: Georgia (UTC+4) has no daylight saving.
  const year = new Date(at.getTime() + 4 * 3_600_000).getUTCFullYear();
  const [row] = await tx
    .insert(caseCounters)
    .values({ tenantId, prefix, year, last: 1 })
    .onConflictDoUpdate({
      target: [caseCounters.tenantId, caseCounters.prefix, caseCounters.year],
      set: { last: sql`${caseCounters.last} + 1` },
    })
    .returning({ last: caseCounters.last });
  return `${prefix}-${year}-${String(row!.last).padStart(6, '0')}`;
}
