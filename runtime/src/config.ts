// The runtime's settings, read once from the environment. Every value has an
// embedded default so the product starts with no configuration at all.
import { resolve } from 'node:path';

export interface RuntimeConfig {
  /** PostgreSQL URL; unset means the embedded PGlite database under dataDir. */
  databaseUrl: string | undefined;
  temporalAddress: string | undefined;
  temporalNamespace: string;
  dataDir: string;
  host: string;
  port: number;
  /** Seed the demo tenants and users at start (SAQME_DEMO=0 turns it off). */
  demo: boolean;
  /** Origins allowed to post besides the server's own, e.g. a proxy's public URL. */
  trustedOrigins: string[];
  /** Behind a proxy that sets X-Forwarded-For (SAQME_TRUST_PROXY=1). */
  trustProxy: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    temporalAddress: env.TEMPORAL_ADDRESS || undefined,
    temporalNamespace: env.TEMPORAL_NAMESPACE || 'default',
    dataDir: resolve(env.SAQME_DATA_DIR || resolve(import.meta.dirname, '../../.data')),
    host: env.HOST || '127.0.0.1',
    port: Number(env.PORT || 5173),
    demo: env.SAQME_DEMO !== '0',
    trustProxy: env.SAQME_TRUST_PROXY === '1',
    trustedOrigins: (env.SAQME_TRUSTED_ORIGINS || '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
  };
}
