// Small pieces the route files share.
import type { ActionCatalogue, Bundle, Definition } from '@saqme/engine';
import type { Context } from 'hono';
import type { Tx } from '../../db/client.ts';
import { bundleToZip } from '../../services/bundle-archive.ts';
import { compileInTenant } from '../../services/catalogue.ts';
import { ProblemError } from '../problem.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SERVICE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function notFound(): ProblemError {
  return new ProblemError(404, 'resource.not-found');
}

/** A malformed id names nothing: 404, like an id of another tenant. */
export function uuidParam(value: string): string {
  if (!UUID.test(value)) throw notFound();
  return value.toLowerCase();
}

/** A service id from the path; a malformed one names nothing. */
export function serviceIdParam(value: string): string {
  if (!SERVICE_ID.test(value) || value.length > 100) throw notFound();
  return value;
}

/**
 * A draft compiled for publishing or for a sandbox run: refused with 422
 * `refusal` listing its errors, or when it names a service other than the path's.
 */
export async function compiledDraft(
  tx: Tx,
  draft: Bundle,
  serviceId: string,
  actions: ActionCatalogue | undefined,
  refusal: 'service.invalid' | 'sandbox.draft-invalid',
): Promise<Definition> {
  const { definition, diagnostics } = await compileInTenant(tx, draft, actions);
  if (!definition) {
    const issues = diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => ({ code: d.code, path: `/files/${d.path}`, message: d.message }));
    throw new ProblemError(422, refusal, { issues });
  }
  if (definition.service.id !== serviceId)
    throw new ProblemError(422, 'service.id-mismatch', {
      params: { found: definition.service.id, expected: serviceId },
    });
  return definition;
}

/** PostgreSQL's unique_violation, whichever driver reports it and however drizzle wraps it. */
export function isUniqueViolation(error: unknown): boolean {
  for (
    let e = error as { code?: unknown; cause?: unknown } | undefined;
    e;
    e = e.cause as typeof e
  ) {
    if (e.code === '23505') return true;
  }
  return false;
}

/** A bundle as JSON `{ files }`, or as a ZIP download when the query asks `format=zip`. */
export function bundleResponse(c: Context, bundle: Bundle, name: string): Response {
  if (c.req.query('format') === 'zip') {
    return c.body(bundleToZip(bundle) as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${name}.zip"`,
    });
  }
  return c.json(bundle);
}
