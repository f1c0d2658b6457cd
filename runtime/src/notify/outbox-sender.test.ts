// notify.send writes the outbox; the sender delivers email over SMTP. A tiny
// SMTP listener in the test receives what the sender sends.
import { createServer, type Server } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionFixture, actionFixture } from '../../test/action-fixture.ts';
import { targets } from '../../test/databases.ts';
import { builtInActions } from '../actions/built-in.ts';
import type { ActionRegistry } from '../actions/registry.ts';
import { cases, outbox } from '../db/schema/index.ts';
import { withTenant } from '../db/tenant.ts';
import { createOutboxSender } from './outbox-sender.ts';

interface Received {
  from: string;
  to: string[];
  data: string;
}

/** Accepts every message, as a relay would, and keeps it. */
function smtpListener(received: Received[]): Promise<{ server: Server; port: number }> {
  const server = createServer((socket) => {
    let mail: Received = { from: '', to: [], data: '' };
    let inData = false;
    let buffer = '';
    socket.write('220 test ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (let i = buffer.indexOf('\r\n'); i >= 0; i = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(mail);
            mail = { from: '', to: [], data: '' };
            socket.write('250 queued\r\n');
          } else mail.data += `${line}\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 test\r\n');
        else if (verb === 'MAIL') {
          mail.from = line;
          socket.write('250 ok\r\n');
        } else if (verb === 'RCPT') {
          mail.to.push(line);
          socket.write('250 ok\r\n');
        } else if (verb === 'DATA') {
          inData = true;
          socket.write('354 go\r\n');
        } else if (verb === 'QUIT') {
          socket.end('221 bye\r\n');
        } else socket.write('250 ok\r\n');
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0 });
    }),
  );
}

describe.each(targets)('notify.send and the outbox sender on $name', (target) => {
  let f: ActionFixture;
  let actions: ActionRegistry;
  let smtp: { server: Server; port: number };
  const received: Received[] = [];
  beforeAll(async () => {
    f = await actionFixture(target);
    actions = builtInActions({ db: f.database.db, dataDir: '' });
    smtp = await smtpListener(received);
  });
  afterAll(async () => {
    smtp.server.close();
    await f.database.close();
  });

  const message = (channel: string, email: string | null) => ({
    channel,
    recipient: {
      personalNumber: '01024051234',
      name: 'ნინო ბერიძე',
      email,
      phone: '+995599123456',
    },
    template: 'municipal-request.registered',
    data: { registrationNumber: 'MR-2026-000001', department: 'infrastructure' },
  });

  it('keeps one outbox message per idempotency key', async () => {
    const request = f.request('notify.send', message('sms', null));
    const first = await actions.run(request);
    expect(await actions.run(request)).toEqual(first);
    const rows = await f.database.db
      .select()
      .from(outbox)
      .where(eq(outbox.id, (first as { messageId: string }).messageId));
    expect(rows).toMatchObject([{ tenantId: 'tbilisi', channel: 'sms', status: 'stored' }]);
  });

  it('sends pending email over SMTP once and marks it sent', async () => {
    const sent = (await actions.run(
      f.request('notify.send', message('email', 'nino.beridze@example.ge')),
    )) as { messageId: string };
    const sender = createOutboxSender({
      db: f.database.db,
      smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
      from: 'no-reply@saqme.example.ge',
    });
    expect(await sender.flush()).toBe(1);
    expect(await sender.flush()).toBe(0);
    await sender.stop();
    expect(received).toHaveLength(1);
    expect(received[0]!.to.join()).toContain('nino.beridze@example.ge');
    expect(received[0]!.data).toContain('MR-2026-000001');
    const [row] = await f.database.db.select().from(outbox).where(eq(outbox.id, sent.messageId));
    expect(row).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('keeps the email of a sandbox case as stored, never sending it', async () => {
    const [row] = await withTenant(f.database.db, 'sandbox', (tx) =>
      tx
        .insert(cases)
        .values({
          tenantId: 'sandbox',
          serviceId: 'sandbox:municipal-request',
          serviceVersion: 1,
          status: 'open',
          number: 'SMR-2026-000001',
        })
        .returning(),
    );
    const request = f.request('notify.send', message('email', 'nino.beridze@example.ge'));
    const sent = (await actions.run({ ...request, tenantId: 'sandbox', caseId: row!.id })) as {
      messageId: string;
    };
    const [stored] = await withTenant(f.database.db, 'sandbox', (tx) =>
      tx.select().from(outbox).where(eq(outbox.id, sent.messageId)),
    );
    expect(stored).toMatchObject({ tenantId: 'sandbox', channel: 'email', status: 'stored' });
  });
});
