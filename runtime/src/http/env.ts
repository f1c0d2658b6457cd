// What the HTTP layer knows about a request and what it is built from.
import type { ActionCatalogue } from '@saqme/engine';
import type { Context } from 'hono';
import type { Sealer } from '../actions/seal/index.ts';
import type { Grant } from '../auth/accounts.ts';
import type { SessionPolicy } from '../auth/sessions.ts';
import type { Procedures } from '../cases/procedures.ts';
import type { Database } from '../db/client.ts';
import type { Role, Session } from '../db/schema/index.ts';
import type { Logger } from '../log/logger.ts';
import type { Language } from './language.ts';
import type { Metrics } from './metrics.ts';
import type { RateLimitOptions } from './rate-limit.ts';

export interface SystemStatus {
  database: { kind: 'postgres' | 'pglite'; version: string };
  temporal: { address: string; namespace: string; serverVersion: string };
  startedAt: string;
}

export interface AuthState {
  session: Session;
  user: { id: string; username: string; displayName: string };
  /** The tenant this session acts in: chosen at sign-in among the grants, never taken from a body. */
  tenantId: string;
  roles: Role[];
  grants: Grant[];
}

export interface AppDeps {
  database: Database;
  status: SystemStatus;
  logger: Logger;
  metrics: Metrics;
  now: () => Date;
  sessionPolicy: SessionPolicy;
  login: { perUser: RateLimitOptions; perClient: RateLimitOptions };
  /** Largest JSON body accepted, in bytes. */
  bodyLimitBytes: number;
  /** Largest uploaded document, in bytes. */
  documents: { maxBytes: number };
  /** Origins allowed to post besides the request's own (e.g. the studio's dev server). */
  trustedOrigins: string[];
  /** The tenant whose audit chain records failed sign-ins of unknown usernames. */
  systemTenantId: string;
  /** The installation's actions: service tasks are compiled against it. */
  actionCatalogue: ActionCatalogue;
  /** Running cases on Temporal: start, Updates, queries. */
  procedures: Procedures;
  /** The installation's seal key, for verifying sealed documents. */
  sealer: Sealer;
  /** The client's address, for rate limiting; the default reads the socket. */
  clientAddress: (c: Context) => string;
}

export type AppEnv = {
  Variables: {
    requestId: string;
    lang: Language;
    auth: AuthState | undefined;
    secureHeadersNonce?: string;
  };
};
