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
  /** The procedures' task queue (SAQME_TASK_QUEUE); API and workers must agree. */
  taskQueue: string | undefined;
  /** Run the procedure worker in this process (SAQME_WORKER=0 leaves it to separate workers). */
  worker: boolean;
  /** Publish the example services at start (SAQME_EXAMPLES=0 turns it off; needs demo). */
  examples: boolean;
  /** SMTP server for email from the outbox, e.g. smtp://user:pass@host:587; unset keeps email in the outbox. */
  smtpUrl: string | undefined;
  smtpFrom: string;
  /** The studio's adapter-node build folder (holding handler.js). */
  studioBuild: string | undefined;
  /** Citizens' identity provider (SAQME_CITIZEN_IDENTITY): `demo`, `none`, or a module path. */
  citizenIdentity: string;
  /**
   * Narrows the services citizens may apply for (SAQME_PUBLIC_SERVICES: `*`, the
   * default, keeps every service whose definition says `public: true`; ids,
   * comma-separated, keep only those; `none` closes the public pages).
   */
  publicServices: string[] | '*';
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
    taskQueue: env.SAQME_TASK_QUEUE || undefined,
    worker: env.SAQME_WORKER !== '0',
    examples: env.SAQME_EXAMPLES !== '0',
    smtpUrl: env.SMTP_URL || undefined,
    smtpFrom: env.SMTP_FROM || 'no-reply@saqme.local',
    studioBuild: env.SAQME_STUDIO_BUILD || undefined,
    citizenIdentity: env.SAQME_CITIZEN_IDENTITY || (env.SAQME_DEMO !== '0' ? 'demo' : 'none'),
    publicServices: publicServices(env.SAQME_PUBLIC_SERVICES ?? '*'),
    trustedOrigins: (env.SAQME_TRUSTED_ORIGINS || '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
  };
}

function publicServices(list: string): string[] | '*' {
  if (list.trim() === '*') return '*';
  if (list.trim() === 'none') return [];
  return list
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
}
