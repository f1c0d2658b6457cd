// Small pieces the route files share.
import type { Bundle } from '@saqme/engine';
import type { Context } from 'hono';
import { bundleToZip } from '../../services/bundle-archive.ts';
import { ProblemError } from '../problem.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function notFound(): ProblemError {
  return new ProblemError(404, 'resource.not-found');
}

/** A malformed id names nothing: 404, like an id of another tenant. */
export function uuidParam(value: string): string {
  if (!UUID.test(value)) throw notFound();
  return value.toLowerCase();
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
