// The published services open to citizens and the tenants that run each.
// Read without a tenant: this is the public face of published versions, the
// same for everyone. A service is public when its latest published version
// says `public: true`, unless the installation narrows it away. Anything a case writes goes through withTenant as usual.
import type { Definition } from '@saqme/engine';
import type { FormFile } from '@saqme/forms';
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { services, serviceVersions, tenants } from '../../db/schema/index.ts';
import type { PublicServiceSummary, PublicTenant } from '../../generated/public-service-list.ts';
import { type CitizenPortal, isPublicService } from '../../identity/citizen-portal.ts';

export interface PublicEntry extends PublicServiceSummary {
  definition: Definition;
}

function descriptionOf(bundle: unknown): PublicServiceSummary['description'] {
  try {
    const files = (bundle as { files?: Record<string, string> }).files ?? {};
    const d = JSON.parse(files['service.json'] ?? '{}')?.description;
    return typeof d?.ka === 'string' && typeof d?.en === 'string'
      ? { ka: d.ka, en: d.en }
      : undefined;
  } catch {
    return undefined;
  }
}

/** The latest published version of each public service (or of one), with its tenants. */
export async function publicCatalogue(
  db: Db,
  portal: CitizenPortal,
  serviceId?: string,
): Promise<PublicEntry[]> {
  if (portal.services !== '*' && portal.services.length === 0) return [];
  const ids = serviceId ? [serviceId] : portal.services === '*' ? undefined : [...portal.services];
  const rows = await db
    .select({
      id: serviceVersions.serviceId,
      version: serviceVersions.version,
      definition: serviceVersions.definition,
      bundle: serviceVersions.bundle,
      runnableBy: services.runnableBy,
    })
    .from(serviceVersions)
    .innerJoin(services, eq(services.id, serviceVersions.serviceId))
    .where(ids ? inArray(serviceVersions.serviceId, ids) : undefined)
    .orderBy(asc(serviceVersions.serviceId), desc(serviceVersions.version));
  const all: PublicTenant[] = await db
    .select({ id: tenants.id, nameKa: tenants.nameKa, nameEn: tenants.nameEn })
    .from(tenants)
    .orderBy(asc(tenants.id));
  const seen = new Set<string>();
  const out: PublicEntry[] = [];
  for (const row of rows) {
    // Only the latest version counts: withdrawing `public` in a new version closes the service.
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    const definition = row.definition as Definition;
    if (!isPublicService(portal, definition)) continue;
    const runs = (t: PublicTenant) => row.runnableBy.includes('*') || row.runnableBy.includes(t.id);
    const description = descriptionOf(row.bundle);
    out.push({
      id: row.id,
      version: row.version,
      title: definition.service.title,
      ...(description ? { description } : {}),
      tenants: all.filter(runs),
      definition,
    });
  }
  return out;
}

/** The start form of a definition as a form file. */
export function startFormOf(definition: Definition): FormFile {
  const form = definition.forms[definition.service.startForm]!;
  return {
    schemaVersion: 1,
    id: form.key,
    ...(form.title ? { title: form.title } : {}),
    schema: form.schema,
    ui: form.ui,
  } as unknown as FormFile;
}
