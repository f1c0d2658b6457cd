// Loads the pinned definition of a case from the published service versions,
// as the case's tenant sees them. A pinned ref whose hash differs is a
// definition error, never retried into success.
import type { Definition } from '@saqme/engine';
import type { LoadedDefinition, ServiceRef } from '@saqme/workflows';
import { ApplicationFailure } from '@temporalio/common';
import type { Db } from '../db/client.ts';
import { withTenant } from '../db/tenant.ts';
import { latestVersion, versionOf } from '../services/catalogue.ts';

export function definitionLoader(db: Db) {
  return {
    async load(ref: ServiceRef, tenantId: string): Promise<LoadedDefinition> {
      const row = await withTenant(db, tenantId, (tx) =>
        ref.version === undefined
          ? latestVersion(tx, ref.serviceId)
          : versionOf(tx, ref.serviceId, ref.version),
      );
      if (!row) {
        throw ApplicationFailure.create({
          type: 'DEFINITION_NOT_FOUND',
          message: `service ${ref.serviceId} version ${ref.version ?? 'latest'} is not published for ${tenantId}`,
          nonRetryable: true,
        });
      }
      if (ref.hash !== undefined && ref.hash !== row.hash) {
        throw ApplicationFailure.create({
          type: 'DEFINITION_HASH_MISMATCH',
          message: `service ${ref.serviceId} version ${row.version} has hash ${row.hash}, not ${ref.hash}`,
          nonRetryable: true,
        });
      }
      return {
        ref: { serviceId: row.serviceId, version: row.version, hash: row.hash },
        definition: row.definition as Definition,
      };
    },
  };
}
