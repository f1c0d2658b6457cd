// The one-process launcher: opens the database, connects to Temporal, serves
// HTTP, and shuts everything down cleanly on SIGINT or SIGTERM.
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Connection } from '@temporalio/client';
import { sql } from 'drizzle-orm';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { createApp } from './http/app.ts';

const config = loadConfig();
if (!config.temporalAddress) {
  console.error(
    'TEMPORAL_ADDRESS is not set. Start the system with scripts/start.sh, which starts Temporal first.',
  );
  process.exit(1);
}

const database = await openDatabase(
  config.databaseUrl ? { url: config.databaseUrl } : { pgliteDir: join(config.dataDir, 'pglite') },
);
const [version] = await database.rows<{ version: string }>(sql`SELECT version()`);
const temporal = await Connection.connect({ address: config.temporalAddress });
const info = await temporal.workflowService.getSystemInfo({});

const app = createApp({
  database: { kind: database.kind, version: version?.version ?? 'unknown' },
  temporal: {
    address: config.temporalAddress,
    namespace: config.temporalNamespace,
    serverVersion: info.serverVersion || 'unknown',
  },
  startedAt: new Date().toISOString(),
});

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (addr) => {
  console.log(`Saqme is running at http://${config.host}:${addr.port}/`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: shutting down`);
  server.close();
  await temporal.close();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
