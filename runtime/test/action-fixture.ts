// A migrated, demo-seeded database with one Tbilisi case, and action
// requests for it as the procedure would send them.
import type { ActionRequest } from '@saqme/workflows';
import type { Database } from '../src/db/client.ts';
import { cases } from '../src/db/schema/index.ts';
import { withTenant } from '../src/db/tenant.ts';
import { seedDemo } from '../src/seed/demo.ts';
import type { TestTarget } from './databases.ts';

export interface ActionFixture {
  database: Database;
  caseId: string;
  request(action: string, input: unknown, key?: string): ActionRequest;
}

export async function actionFixture(target: TestTarget): Promise<ActionFixture> {
  const database = await target.open();
  await seedDemo(database.db);
  const [row] = await withTenant(database.db, 'tbilisi', (tx) =>
    tx
      .insert(cases)
      .values({
        tenantId: 'tbilisi',
        serviceId: 'municipal-request',
        serviceVersion: 1,
        status: 'open',
        number: 'MR-2026-000001',
      })
      .returning(),
  );
  const caseId = row!.id;
  let visit = 0;
  return {
    database,
    caseId,
    request: (action, input, key) => ({
      caseId,
      tenantId: 'tbilisi',
      serviceId: 'municipal-request',
      actionId: `Svc_${action}/${++visit}`,
      node: `Svc_${action.replace('.', '_')}`,
      action,
      input,
      idempotencyKey: key ?? `${caseId}/Svc_${action}/${visit}`,
    }),
  };
}

/** The business error code a rejected action carried (ApplicationFailure.type). */
export async function failureCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { type?: string }).type ?? String(error);
  }
  throw new Error('the action succeeded');
}
