// Publishes the example services (@saqme/examples) at start, authored by the
// central agency and runnable by the tenants each service.json lists.
// Idempotent: a bundle whose compiled hash equals the latest version's is
// left alone, so restarts publish nothing new.
import type { ActionCatalogue, Bundle } from '@saqme/engine';
import { listExamples, loadExample } from '@saqme/examples';
import { appendAudit } from '../audit/chain.ts';
import type { Db } from '../db/client.ts';
import { services, serviceVersions } from '../db/schema/index.ts';
import { withTenant } from '../db/tenant.ts';
import { compileInTenant, latestVersion } from '../services/catalogue.ts';

export interface PublishedExample {
  serviceId: string;
  version: number;
  hash: string;
  created: boolean;
}

export async function publishExamples(
  db: Db,
  options: { tenantId: string; actions: ActionCatalogue; now?: () => Date },
): Promise<PublishedExample[]> {
  const now = options.now ?? (() => new Date());
  const published: PublishedExample[] = [];
  for (const ref of listExamples()) {
    const bundle: Bundle = loadExample(ref.id);
    published.push(await publishOne(db, options.tenantId, bundle, options.actions, now()));
  }
  return published;
}

async function publishOne(
  db: Db,
  tenantId: string,
  bundle: Bundle,
  actions: ActionCatalogue,
  at: Date,
): Promise<PublishedExample> {
  return withTenant(db, tenantId, async (tx) => {
    const { definition, diagnostics } = await compileInTenant(tx, bundle, actions);
    if (!definition) {
      const errors = diagnostics.filter((d) => d.severity === 'error');
      throw new Error(`example does not compile: ${JSON.stringify(errors.slice(0, 3))}`);
    }
    const { id: serviceId, title, tenants } = definition.service;
    const row = {
      runnableBy: tenants,
      titleKa: title.ka,
      titleEn: title.en,
      draft: bundle,
      updatedAt: at,
    };
    await tx
      .insert(services)
      .values({ id: serviceId, tenantId, ...row })
      .onConflictDoUpdate({ target: services.id, set: row });
    const latest = await latestVersion(tx, serviceId);
    if (latest?.hash === definition.hash)
      return { serviceId, version: latest.version, hash: latest.hash, created: false };
    const version = (latest?.version ?? 0) + 1;
    await tx.insert(serviceVersions).values({
      serviceId,
      version,
      tenantId,
      hash: definition.hash,
      bundle,
      definition,
      publishedAt: at,
    });
    await appendAudit(tx, {
      tenantId,
      actor: 'system',
      type: 'service.published',
      payload: { serviceId, version, hash: definition.hash, example: true },
      at,
    });
    return { serviceId, version, hash: definition.hash, created: true };
  });
}
