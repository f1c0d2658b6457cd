// The real Temporal dev server named by TEMPORAL_ADDRESS (scripts/temporal.sh);
// tests fail when it is unset. Each suite gets its own task queue, so other
// suites' workers on the same server never pick up its cases.
import { randomBytes } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';

export function requiredTemporalAddress(): string {
  const address = process.env.TEMPORAL_ADDRESS;
  if (!address)
    throw new Error('TEMPORAL_ADDRESS is not set: start Temporal with scripts/temporal.sh');
  return address;
}

export async function temporalClient(): Promise<{ client: Client; close(): Promise<void> }> {
  const connection = await Connection.connect({ address: requiredTemporalAddress() });
  return { client: new Client({ connection }), close: () => connection.close() };
}

export function uniqueTaskQueue(name: string): string {
  return `${name}-${randomBytes(4).toString('hex')}`;
}
