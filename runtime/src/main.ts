// The one-process launcher: migrates the database, seeds the demo data,
// connects to Temporal, serves HTTP, prints the URL and the demo logins, and
// shuts everything down cleanly on SIGINT or SIGTERM.
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Connection } from '@temporalio/client';
import { sql } from 'drizzle-orm';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { migrateDatabase } from './db/migrate.ts';
import { createApp } from './http/app.ts';
import { createAppDeps } from './http/deps.ts';
import { createLogger } from './log/logger.ts';
import { DEMO_PASSWORD, seedDemo } from './seed/demo.ts';

const config = loadConfig();
const logger = createLogger();
if (!config.temporalAddress) {
  console.error(
    'TEMPORAL_ADDRESS is not set. Start the system with scripts/start.sh, which starts Temporal first.',
  );
  process.exit(1);
}

const database = await openDatabase(
  config.databaseUrl ? { url: config.databaseUrl } : { pgliteDir: join(config.dataDir, 'pglite') },
);
await migrateDatabase(database);
const logins = config.demo ? await seedDemo(database.db) : [];
const [version] = await database.rows<{ version: string }>(sql`SELECT version()`);
const temporal = await Connection.connect({ address: config.temporalAddress });
const info = await temporal.workflowService.getSystemInfo({});

const deps = createAppDeps({
  database,
  logger,
  trustedOrigins: config.trustedOrigins,
  trustProxy: config.trustProxy,
  status: {
    database: { kind: database.kind, version: version?.version ?? 'unknown' },
    temporal: {
      address: config.temporalAddress,
      namespace: config.temporalNamespace,
      serverVersion: info.serverVersion || 'unknown',
    },
    startedAt: new Date().toISOString(),
  },
});
const app = createApp(deps);

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (addr) => {
  const url = `http://${config.host}:${addr.port}/`;
  logger.info({ url, database: database.kind }, 'listening');
  console.log(`\nSaqme is running at ${url}`);
  console.log(`API description: ${url}api/openapi.json`);
  if (logins.length) {
    console.log(`\nDemo logins (password for all: ${DEMO_PASSWORD}):`);
    for (const l of logins)
      console.log(`  ${l.username.padEnd(20)} ${l.role.padEnd(11)} in ${l.tenantId}`);
  }
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  });
  await temporal.close();
  await database.close();
  logger.flush();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
