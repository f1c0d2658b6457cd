// Builds the app's dependencies with production defaults; tests and the
// launcher override what they need.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getConnInfo } from '@hono/node-server/conninfo';
import { builtInCatalogue } from '../actions/built-in.ts';
import { createSealer } from '../actions/seal/index.ts';
import { DEFAULT_SESSION_POLICY } from '../auth/sessions.ts';
import { noProcedures } from '../cases/procedures.ts';
import { createLogger } from '../log/logger.ts';
import type { AppDeps } from './env.ts';
import { Metrics } from './metrics.ts';

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/**
 * `trustProxy`: the runtime sits behind a proxy (the studio's server) that
 * sets X-Forwarded-For; the client's address for rate limiting is then its
 * first entry. Off, a client could forge the header to dodge the limit.
 */
export function createAppDeps(
  required: Pick<AppDeps, 'database' | 'status'> & Partial<AppDeps> & { trustProxy?: boolean },
): AppDeps {
  const { trustProxy = false, ...given } = required;
  return {
    logger: createLogger(),
    metrics: new Metrics(),
    now: () => new Date(),
    sessionPolicy: DEFAULT_SESSION_POLICY,
    login: {
      perUser: { limit: 5, windowMs: 15 * 60_000 },
      perClient: { limit: 30, windowMs: 60_000 },
    },
    bodyLimitBytes: DEFAULT_BODY_LIMIT,
    documents: { maxBytes: 10 * 1024 * 1024 },
    trustedOrigins: [],
    systemTenantId: 'central',
    procedures: noProcedures,
    actionCatalogue: builtInCatalogue(),
    // The launcher passes the sealer of its data directory; this one serves tests.
    sealer: createSealer({ dataDir: join(tmpdir(), `saqme-seal-${process.pid}`) }),
    clientAddress: (c) => {
      const forwarded = trustProxy
        ? c.req.header('X-Forwarded-For')?.split(',')[0]?.trim()
        : undefined;
      if (forwarded) return forwarded;
      try {
        return getConnInfo(c).remote.address ?? 'unknown';
      } catch {
        return 'unknown';
      }
    },
    ...given,
  };
}
