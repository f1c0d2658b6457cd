// Verifies the audit chains: every event's hash recomputes, links to the one
// before it, seqs run 1..n without gaps, and the chain ends at the recorded
// head. Runs as the table owner, across all tenants or one.
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { auditEvents, auditHeads } from '../db/schema/index.ts';
import { GENESIS_HASH, hashEvent } from './chain.ts';

export type AuditBreakCode = 'hash-mismatch' | 'link-broken' | 'seq-gap' | 'head-mismatch';

export interface AuditBreak {
  tenantId: string;
  seq: number;
  code: AuditBreakCode;
}

export interface AuditVerification {
  ok: boolean;
  tenants: { tenantId: string; events: number; ok: boolean }[];
  breaks: AuditBreak[];
}

async function verifyTenant(
  db: Db,
  tenantId: string,
): Promise<{ events: number; breaks: AuditBreak[] }> {
  const events = await db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.tenantId, tenantId))
    .orderBy(asc(auditEvents.seq));
  const breaks: AuditBreak[] = [];
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (const e of events) {
    if (e.seq !== expectedSeq) breaks.push({ tenantId, seq: expectedSeq, code: 'seq-gap' });
    if (e.prevHash !== prevHash) breaks.push({ tenantId, seq: e.seq, code: 'link-broken' });
    if (hashEvent(e.prevHash, e) !== e.hash)
      breaks.push({ tenantId, seq: e.seq, code: 'hash-mismatch' });
    expectedSeq = e.seq + 1;
    prevHash = e.hash;
  }
  const [head] = await db.select().from(auditHeads).where(eq(auditHeads.tenantId, tenantId));
  const last = events.at(-1);
  if ((head?.seq ?? 0) !== (last?.seq ?? 0) || (head && head.hash !== last?.hash)) {
    breaks.push({ tenantId, seq: head?.seq ?? 0, code: 'head-mismatch' });
  }
  return { events: events.length, breaks };
}

export async function verifyAudit(db: Db, tenantId?: string): Promise<AuditVerification> {
  const ids = tenantId
    ? [tenantId]
    : (
        await db
          .select({ id: auditHeads.tenantId })
          .from(auditHeads)
          .union(db.selectDistinct({ id: auditEvents.tenantId }).from(auditEvents))
          .orderBy(sql`1`)
      ).map((r) => r.id);
  const result: AuditVerification = { ok: true, tenants: [], breaks: [] };
  for (const id of ids) {
    const { events, breaks } = await verifyTenant(db, id);
    result.tenants.push({ tenantId: id, events, ok: breaks.length === 0 });
    result.breaks.push(...breaks);
  }
  result.ok = result.breaks.length === 0;
  return result;
}
