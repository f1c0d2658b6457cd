// Services and their versions, inside a tenant transaction. The authoring
// tenant keeps a draft and publishes it; a version, once written, is never
// changed (the app role has no UPDATE on service_versions).
import {
  type ActionCatalogue,
  type Bundle,
  compile,
  type Definition,
  type Diagnostic,
} from '@saqme/engine';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { type Service, services, serviceVersions } from '../db/schema/index.ts';

export interface Compiled {
  definition?: Definition;
  diagnostics: Diagnostic[];
}

/** The titles in service.json when readable, else the id; drafts may be incomplete. */
export function titlesOf(bundle: Bundle, fallback: string): { titleKa: string; titleEn: string } {
  try {
    const title = JSON.parse(bundle.files['service.json'] ?? '{}')?.title;
    if (typeof title?.ka === 'string' && typeof title?.en === 'string')
      return { titleKa: title.ka, titleEn: title.en };
  } catch {
    // An unreadable service.json is reported by compile; the draft keeps the id as its title.
  }
  return { titleKa: fallback, titleEn: fallback };
}

/** Compiles against the latest published definitions of the services this tenant can see. */
export async function compileInTenant(
  tx: Tx,
  bundle: Bundle,
  actions?: ActionCatalogue,
): Promise<Compiled> {
  const rows = await tx.execute(sql`
    SELECT DISTINCT ON (service_id) service_id AS id, definition -> 'service' AS service
    FROM service_versions ORDER BY service_id, version DESC`);
  const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as {
    id: string;
    service: Definition['service'];
  }[];
  const known = Object.fromEntries(list.map((r) => [r.id, { service: r.service }]));
  const { definition, diagnostics } = await compile(bundle, {
    services: known,
    ...(actions ? { actions } : {}),
  });
  return { ...(definition ? { definition } : {}), diagnostics };
}

/** The service if this tenant authors it; another tenant's service is not found here. */
export async function ownService(
  tx: Tx,
  tenantId: string,
  id: string,
  lock = false,
): Promise<Service | undefined> {
  const query = tx
    .select()
    .from(services)
    .where(and(eq(services.id, id), eq(services.tenantId, tenantId)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function latestVersion(tx: Tx, serviceId: string) {
  const [row] = await tx
    .select()
    .from(serviceVersions)
    .where(eq(serviceVersions.serviceId, serviceId))
    .orderBy(desc(serviceVersions.version))
    .limit(1);
  return row;
}

export async function versionOf(tx: Tx, serviceId: string, version: number) {
  const [row] = await tx
    .select()
    .from(serviceVersions)
    .where(and(eq(serviceVersions.serviceId, serviceId), eq(serviceVersions.version, version)));
  return row;
}
