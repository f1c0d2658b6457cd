// The procedure's own notifications (task opened or reassigned, incident
// raised, case finished) go to the outbox as staff messages, once per key:
// the inbox shows them; nothing leaves the installation.
import type { Notification } from '@saqme/workflows';
import { caseRowId } from '../activities/row-ids.ts';
import type { Db } from '../db/client.ts';
import { outbox } from '../db/schema/index.ts';
import { withTenant } from '../db/tenant.ts';

export function staffNotifier(db: Db) {
  return {
    async send(n: Notification): Promise<void> {
      await withTenant(db, n.tenantId, (tx) =>
        tx
          .insert(outbox)
          .values({
            tenantId: n.tenantId,
            caseId: caseRowId(n.caseId),
            key: `notification:${n.key}`,
            channel: 'staff',
            recipient: {
              ...(n.roles ? { roles: n.roles } : {}),
              ...(n.user ? { user: n.user } : {}),
            },
            template: `procedure.${n.kind}`,
            data: { ...(n.title ? { title: n.title } : {}) },
            status: 'stored',
            createdAt: new Date(n.at),
          })
          .onConflictDoNothing(),
      );
    },
  };
}
