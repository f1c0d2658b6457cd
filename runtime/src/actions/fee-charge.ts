// fee.charge: records a payment once per idempotency key. The payment
// gateway is a port; the built-in one stands in for the bank in the demo and
// declines the cards of the payers it is given.
import type { FeeChargeInput } from '@saqme/examples';
import { businessError } from '@saqme/workflows';
import { eq } from 'drizzle-orm';
import { caseRowId } from '../activities/row-ids.ts';
import { type Payment, payments } from '../db/schema/index.ts';
import { withTenant } from '../db/tenant.ts';
import type { ActionDefinition } from './registry.ts';

export interface PaymentGateway {
  charge(input: FeeChargeInput): Promise<{ approved: boolean; reason?: string }>;
}

/** The demo bank: approves every charge except those of the listed payers. */
export function demoGateway(declinedPayers: readonly string[]): PaymentGateway {
  return {
    async charge(input) {
      return declinedPayers.includes(input.payerPersonalNumber)
        ? { approved: false, reason: 'card declined by the issuing bank' }
        : { approved: true };
    },
  };
}

function outcome(p: Payment) {
  if (p.status === 'declined') throw businessError('PAYMENT_DECLINED', 'the payment was declined');
  return { paymentId: p.id, amount: p.amount, currency: p.currency, status: p.status };
}

export function feeCharge(gateway: PaymentGateway): ActionDefinition<FeeChargeInput> {
  return {
    name: 'fee.charge',
    title: { ka: 'მოსაკრებლის გადახდა', en: 'Charge the fee' },
    async run(input, { db, request, now }) {
      const { tenantId } = request;
      const find = () =>
        withTenant(db, tenantId, (tx) =>
          tx.select().from(payments).where(eq(payments.idempotencyKey, input.idempotencyKey)),
        );
      const [known] = await find();
      if (known) return outcome(known);
      const charged = await gateway.charge(input);
      const [row] = await withTenant(db, tenantId, (tx) =>
        tx
          .insert(payments)
          .values({
            tenantId,
            caseId: caseRowId(request.caseId),
            idempotencyKey: input.idempotencyKey,
            amount: input.amount,
            currency: input.currency,
            purpose: input.purpose,
            payerPersonalNumber: input.payerPersonalNumber,
            status: charged.approved ? 'captured' : 'declined',
            createdAt: now(),
          })
          .onConflictDoNothing()
          .returning(),
      );
      // A concurrent attempt with the same key won the insert: its payment stands.
      return outcome(row ?? (await find())[0]!);
    },
  };
}
