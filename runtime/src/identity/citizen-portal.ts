// What the public (citizen) pages of an installation are configured with:
// the identity provider, the services it lets citizens see, the key behind
// status tokens and the rate limits. createApp takes it; the launcher builds
// it from the configuration.
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { Definition } from '@saqme/engine';
import type { RateLimitOptions } from '../http/rate-limit.ts';
import { type CitizenIdentity, noIdentity } from './citizen-identity.ts';
import { demoIdentity } from './demo-identity.ts';

export interface CitizenPortal {
  identity: CitizenIdentity;
  /**
   * The installation's narrowing of the public services (SAQME_PUBLIC_SERVICES):
   * `'*'` keeps every service whose definition says `public: true`, a list
   * keeps only those of its ids. It never opens a service its definition does not.
   */
  services: readonly string[] | '*';
  /** HMAC key of status tokens: the same on every API node, or tokens stop matching. */
  statusKey: Uint8Array;
  limits: {
    /** Applications per client address and per citizen. */
    start: RateLimitOptions;
    /** Status look-ups per client address (guessing a 120-bit token is hopeless; this keeps it so). */
    status: RateLimitOptions;
  };
}

export const DEFAULT_PORTAL_LIMITS: CitizenPortal['limits'] = {
  start: { limit: 10, windowMs: 10 * 60_000 },
  status: { limit: 30, windowMs: 60_000 },
};

/** A portal with defaults: no identity provider; the services' definitions decide what is public. */
export function citizenPortal(options: Partial<CitizenPortal> = {}): CitizenPortal {
  return {
    identity: noIdentity(),
    services: '*',
    // A per-process key only suits tests and single runs; the launcher passes the data directory's.
    statusKey: new Uint8Array(randomBytes(32)),
    limits: DEFAULT_PORTAL_LIMITS,
    ...options,
  };
}

/** Citizens may apply for a published version when it says so and the installation does not narrow it away. */
export function isPublicService(portal: CitizenPortal, definition: Definition): boolean {
  if (definition.service.public !== true) return false;
  return portal.services === '*' || portal.services.includes(definition.service.id);
}

/**
 * The identity provider named by SAQME_CITIZEN_IDENTITY: `demo`, `none`, or
 * the path of a module exporting `createCitizenIdentity(env)`, which is how a
 * deployment plugs in its eID or OIDC provider without changing the runtime.
 */
export async function loadCitizenIdentity(
  spec: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<CitizenIdentity> {
  if (spec === 'demo') return demoIdentity();
  if (spec === 'none') return noIdentity();
  const module = (await import(pathToFileURL(spec).href)) as {
    createCitizenIdentity?: (env: NodeJS.ProcessEnv) => CitizenIdentity | Promise<CitizenIdentity>;
  };
  if (typeof module.createCitizenIdentity !== 'function')
    throw new Error(`${spec} does not export createCitizenIdentity(env)`);
  return module.createCitizenIdentity(env);
}
