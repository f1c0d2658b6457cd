// The pinned definition of a case, as its tenant sees it.
import type { Definition } from '@saqme/engine';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { cases, serviceVersions } from '../db/schema/index.ts';

export async function definitionOfCase(tx: Tx, caseId: string): Promise<Definition | undefined> {
  const [row] = await tx
    .select({ definition: serviceVersions.definition })
    .from(serviceVersions)
    .innerJoin(
      cases,
      and(
        eq(cases.serviceId, serviceVersions.serviceId),
        eq(cases.serviceVersion, serviceVersions.version),
      ),
    )
    .where(eq(cases.id, caseId));
  return row?.definition as Definition | undefined;
}
