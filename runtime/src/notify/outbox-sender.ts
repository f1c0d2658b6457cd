// Delivers pending email from the outbox over SMTP (SMTP_URL, e.g.
// smtp://user:pass@mail.example.ge:587). Rows are taken per tenant with
// FOR UPDATE SKIP LOCKED, so several senders never send a message twice
// concurrently; a failure is counted and retried on the next round.
import { and, asc, eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Db } from '../db/client.ts';
import { type OutboxRow, outbox, tenants } from '../db/schema/index.ts';
import { withTenant } from '../db/tenant.ts';

export interface OutboxSenderOptions {
  db: Db;
  smtpUrl: string;
  from: string;
  now?: () => Date;
  /** Attempts before a message is marked failed. */
  maxAttempts?: number;
}

export interface OutboxSender {
  /** Sends what is pending now; returns how many were sent. */
  flush(): Promise<number>;
  start(intervalMs?: number): void;
  stop(): Promise<void>;
}

function render(row: OutboxRow): { subject: string; text: string } {
  const data = row.data as Record<string, unknown>;
  const lines = Object.entries(data).map(([k, v]) => `${k}: ${String(v)}`);
  const recipient = row.recipient as { name?: string };
  return {
    subject: `${row.template}${data.registrationNumber ? ` ${data.registrationNumber}` : ''}`,
    text: [`${recipient.name ?? ''}`.trim(), '', ...lines].join('\n'),
  };
}

export function createOutboxSender(options: OutboxSenderOptions): OutboxSender {
  const { db, from } = options;
  const now = options.now ?? (() => new Date());
  const maxAttempts = options.maxAttempts ?? 10;
  const transport = nodemailer.createTransport(options.smtpUrl);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  async function flushTenant(tenantId: string): Promise<number> {
    return withTenant(db, tenantId, async (tx) => {
      const rows = await tx
        .select()
        .from(outbox)
        .where(and(eq(outbox.status, 'pending'), eq(outbox.tenantId, tenantId)))
        .orderBy(asc(outbox.createdAt))
        .limit(20)
        .for('update', { skipLocked: true });
      let sent = 0;
      for (const row of rows) {
        const to = (row.recipient as { email?: string }).email!;
        try {
          await transport.sendMail({ from, to, ...render(row), messageId: `<${row.id}@saqme>` });
          await tx
            .update(outbox)
            .set({ status: 'sent', sentAt: now(), attempts: row.attempts + 1 })
            .where(eq(outbox.id, row.id));
          sent++;
        } catch (error) {
          const attempts = row.attempts + 1;
          await tx
            .update(outbox)
            .set({
              attempts,
              lastError: String((error as Error).message ?? error).slice(0, 500),
              status: attempts >= maxAttempts ? 'failed' : 'pending',
            })
            .where(eq(outbox.id, row.id));
        }
      }
      return sent;
    });
  }

  async function flush(): Promise<number> {
    const all = await db.select({ id: tenants.id }).from(tenants);
    let sent = 0;
    for (const t of all) sent += await flushTenant(t.id);
    return sent;
  }

  return {
    flush,
    start(intervalMs = 5000) {
      timer = setInterval(() => {
        running ??= flush().finally(() => {
          running = undefined;
        });
      }, intervalMs);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      await running;
      transport.close();
    },
  };
}
