// Appends a case's audit entries to the tenant's hash chain. Each entry is
// marked by (caseId, seq) in the same transaction, so a retried append skips
// what is already in the chain and the chain never holds an entry twice.
import type { AuditEntry } from '@saqme/workflows';
import { appendAudit } from '../audit/chain.ts';
import type { Db } from '../db/client.ts';
import { caseAuditMarks } from '../db/schema/index.ts';
import { withTenant } from '../db/tenant.ts';
import { caseRowId } from './row-ids.ts';

export function caseAuditWriter(db: Db) {
  return {
    async append(entries: AuditEntry[]): Promise<void> {
      const byTenant = new Map<string, AuditEntry[]>();
      for (const e of entries) byTenant.set(e.tenantId, [...(byTenant.get(e.tenantId) ?? []), e]);
      for (const [tenantId, list] of byTenant) {
        await withTenant(db, tenantId, async (tx) => {
          for (const e of list) {
            const caseId = caseRowId(e.caseId);
            const [mark] = await tx
              .insert(caseAuditMarks)
              .values({ tenantId, caseId, seq: e.seq })
              .onConflictDoNothing()
              .returning();
            if (!mark) continue;
            await appendAudit(tx, {
              tenantId,
              actor: e.actor ?? 'system',
              type: `case.${e.type}`,
              payload: {
                caseId,
                caseSeq: e.seq,
                ...(e.node ? { node: e.node } : {}),
                ...(e.data !== undefined ? { data: e.data } : {}),
              },
              at: new Date(e.at),
            });
          }
        });
      }
    },
  };
}
