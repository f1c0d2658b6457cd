// Appends events to a tenant's audit hash chain. Each event's hash is the
// SHA-256 of the previous hash and the canonical JSON of the event, so
// changing or removing any event breaks every hash after it.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { type AuditEvent, auditEvents } from '../db/schema/index.ts';
import { canonicalJson } from './canonical-json.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditInput {
  tenantId: string;
  /** Who acted: a user id, or `system`, or `anonymous:<username>` for failed logins. */
  actor: string;
  type: string;
  payload: Record<string, unknown>;
  at: Date;
}

export function hashEvent(prevHash: string, e: Omit<AuditEvent, 'hash' | 'prevHash'>): string {
  const body = canonicalJson({
    tenantId: e.tenantId,
    seq: e.seq,
    actor: e.actor,
    type: e.type,
    payload: e.payload,
    at: e.at.toISOString(),
  });
  return encodeHexLowerCase(sha256(new TextEncoder().encode(prevHash + body)));
}

/** Appends within the caller's transaction, so the event commits with the change it records. */
export async function appendAudit(tx: Tx, input: AuditInput): Promise<AuditEvent> {
  // Serialises writers of one tenant's chain until the transaction ends.
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`audit:${input.tenantId}`}))`);
  const [last] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .where(eq(auditEvents.tenantId, input.tenantId))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;
  // Milliseconds only: the column keeps them exactly, so verification recomputes the same hash.
  const at = new Date(input.at.getTime());
  const event = { ...input, at, seq: (last?.seq ?? 0) + 1 };
  const row = { ...event, prevHash, hash: hashEvent(prevHash, event) };
  await tx.insert(auditEvents).values(row);
  return row;
}
