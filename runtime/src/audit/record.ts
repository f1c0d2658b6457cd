// Records an event in its own tenant transaction, for events that change
// nothing else (sign-ins, sign-outs). State changes append inside their own
// transaction with appendAudit instead.
import type { Db } from '../db/client.ts';
import type { AuditEvent } from '../db/schema/index.ts';
import { withTenant } from '../db/tenant.ts';
import { type AuditInput, appendAudit } from './chain.ts';

export function recordAudit(db: Db, input: AuditInput): Promise<AuditEvent> {
  return withTenant(db, input.tenantId, (tx) => appendAudit(tx, input));
}
