// Sandbox-only pins of drafts. A draft is pinned under the id
// `sandbox:<service>` in the sandbox tenant: the colon is not allowed in a
// service id, so a pin never meets a published service, never appears among
// its versions, and row-level security hides it from every other tenant.
// Pins are keyed by content hash: running the same draft again reuses its pin.
import type { Bundle, Definition } from '@saqme/engine';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { type ServiceVersion, services, serviceVersions } from '../db/schema/index.ts';
import { SANDBOX_TENANT_ID } from '../seed/sandbox.ts';
import { latestVersion } from './catalogue.ts';

export const SANDBOX_PREFIX = 'sandbox:';

export function sandboxServiceId(serviceId: string): string {
  return `${SANDBOX_PREFIX}${serviceId}`;
}

export interface SandboxPin {
  serviceId: string;
  version: number;
  hash: string;
  created: boolean;
}

/** Pins a compiled draft in the sandbox; `tx` must act as the sandbox tenant. */
export async function pinSandboxDefinition(
  tx: Tx,
  input: { bundle: Bundle; definition: Definition; at: Date; by: string },
): Promise<SandboxPin> {
  const { definition, bundle, at } = input;
  const serviceId = sandboxServiceId(definition.service.id);
  const titles = { titleKa: definition.service.title.ka, titleEn: definition.service.title.en };
  await tx
    .insert(services)
    .values({
      id: serviceId,
      tenantId: SANDBOX_TENANT_ID,
      runnableBy: [SANDBOX_TENANT_ID],
      ...titles,
      createdAt: at,
      updatedAt: at,
    })
    .onConflictDoNothing();
  // The row lock orders concurrent pins of one service, so version numbers never collide.
  await tx
    .select({ id: services.id })
    .from(services)
    .where(eq(services.id, serviceId))
    .for('update');
  const [same] = await tx
    .select()
    .from(serviceVersions)
    .where(
      and(eq(serviceVersions.serviceId, serviceId), eq(serviceVersions.hash, definition.hash)),
    );
  if (same) return pinOf(same, false);
  const latest = await latestVersion(tx, serviceId);
  const [row] = await tx
    .insert(serviceVersions)
    .values({
      serviceId,
      version: (latest?.version ?? 0) + 1,
      tenantId: SANDBOX_TENANT_ID,
      hash: definition.hash,
      bundle,
      definition,
      publishedAt: at,
      publishedBy: input.by,
    })
    .returning();
  await tx
    .update(services)
    .set({ ...titles, updatedAt: at })
    .where(eq(services.id, serviceId));
  return pinOf(row!, true);
}

function pinOf(row: ServiceVersion, created: boolean): SandboxPin {
  return { serviceId: row.serviceId, version: row.version, hash: row.hash, created };
}
