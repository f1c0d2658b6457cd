// notify.send: writes the message to the durable outbox in one transaction,
// keyed by the action's idempotency key (a retry finds the same message).
// Email with an address waits for the SMTP sender; the other channels have
// no sender in this installation and are kept as stored messages, as is
// everything a sandbox case says: its applicant is made up.
import type { NotifySendInput } from '@saqme/examples';
import { eq } from 'drizzle-orm';
import { caseRowId } from '../activities/row-ids.ts';
import { outbox } from '../db/schema/index.ts';
import { withTenant } from '../db/tenant.ts';
import { SANDBOX_TENANT_ID } from '../seed/sandbox.ts';
import type { ActionDefinition } from './registry.ts';

export const notifySend: ActionDefinition<NotifySendInput> = {
  name: 'notify.send',
  title: { ka: 'შეტყობინების გაგზავნა', en: 'Send a message' },
  async run(input, { db, request, now }) {
    const key = `action:${request.idempotencyKey}`;
    const sendable =
      input.channel === 'email' &&
      Boolean(input.recipient.email) &&
      request.tenantId !== SANDBOX_TENANT_ID;
    const row = await withTenant(db, request.tenantId, async (tx) => {
      const [inserted] = await tx
        .insert(outbox)
        .values({
          tenantId: request.tenantId,
          caseId: caseRowId(request.caseId),
          key,
          channel: input.channel,
          recipient: input.recipient,
          template: input.template,
          data: input.data,
          status: sendable ? 'pending' : 'stored',
          createdAt: now(),
        })
        .onConflictDoNothing()
        .returning({ id: outbox.id });
      if (inserted) return inserted;
      const [existing] = await tx.select({ id: outbox.id }).from(outbox).where(eq(outbox.key, key));
      return existing!;
    });
    return { messageId: row.id };
  },
};
