import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionFixture, actionFixture, failureCode } from '../../test/action-fixture.ts';
import { targets } from '../../test/databases.ts';
import { payments } from '../db/schema/index.ts';
import { builtInActions } from './built-in.ts';
import type { ActionRegistry } from './registry.ts';

const FEE = { amount: 1500, currency: 'GEL', purpose: 'pin-puk-envelope' };

describe.each(targets)('fee.charge on $name', (target) => {
  let f: ActionFixture;
  let actions: ActionRegistry;
  beforeAll(async () => {
    f = await actionFixture(target);
    actions = builtInActions({ db: f.database.db, dataDir: '/nonexistent' });
  });
  afterAll(() => f.database.close());

  it('records one payment per idempotency key: charging again returns the same payment', async () => {
    const input = { ...FEE, idempotencyKey: `${f.caseId}/fee`, payerPersonalNumber: '01017045566' };
    const first = await actions.run(f.request('fee.charge', input));
    const again = await actions.run(f.request('fee.charge', input));
    expect(first).toMatchObject({ status: 'captured', amount: 1500, currency: 'GEL' });
    expect(again).toEqual(first);
    const rows = await f.database.db
      .select()
      .from(payments)
      .where(eq(payments.idempotencyKey, input.idempotencyKey));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ tenantId: 'tbilisi', caseId: f.caseId, status: 'captured' });
  });

  it('reports a declined card as PAYMENT_DECLINED, also when retried with the same key', async () => {
    const input = {
      ...FEE,
      idempotencyKey: `${f.caseId}/fee-declined`,
      payerPersonalNumber: '01019055443',
    };
    expect(await failureCode(actions.run(f.request('fee.charge', input)))).toBe('PAYMENT_DECLINED');
    expect(await failureCode(actions.run(f.request('fee.charge', input)))).toBe('PAYMENT_DECLINED');
    const rows = await f.database.db
      .select()
      .from(payments)
      .where(eq(payments.idempotencyKey, input.idempotencyKey));
    expect(rows.map((r) => r.status)).toEqual(['declined']);
  });
});
