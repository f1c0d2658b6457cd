// The one-process launcher: migrates the database, seeds the demo data and
// publishes the example services, connects to Temporal, runs the procedure
// worker, serves the API and the studio on one port, prints the URL and the
// demo logins, and shuts everything down cleanly on SIGINT or SIGTERM.
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { sql } from 'drizzle-orm';
import { builtInActions, builtInCatalogue } from './actions/built-in.ts';
import { createSealer } from './actions/seal/index.ts';
import { temporalProcedures } from './cases/procedures.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { migrateDatabase } from './db/migrate.ts';
import { createApp } from './http/app.ts';
import { createAppDeps } from './http/deps.ts';
import { citizenPortal, loadCitizenIdentity } from './identity/citizen-portal.ts';
import { loadOrCreateStatusKey } from './identity/status-token.ts';
import { createNodeServer } from './launcher/node-server.ts';
import { loadStudio, STUDIO_BUILD_HINT } from './launcher/studio.ts';
import { createLogger } from './log/logger.ts';
import { createOutboxSender } from './notify/outbox-sender.ts';
import { DEMO_PASSWORD, seedDemo } from './seed/demo.ts';
import { publishExamples } from './seed/examples.ts';
import { seedSandboxTenant } from './seed/sandbox.ts';
import { startWorker } from './worker.ts';

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
// The sandbox is part of the product, not of the demo: without demo data an
// admin grants analysts their sandbox roles through the admin API.
await seedSandboxTenant(database.db);
const logins = config.demo ? await seedDemo(database.db) : [];
const catalogue = builtInCatalogue();
const examples =
  config.demo && config.examples
    ? await publishExamples(database.db, { tenantId: 'central', actions: catalogue })
    : [];
const [version] = await database.rows<{ version: string }>(sql`SELECT version()`);
const connection = await Connection.connect({ address: config.temporalAddress });
const info = await connection.workflowService.getSystemInfo({});
const client = new Client({ connection, namespace: config.temporalNamespace });
const sealer = createSealer({ dataDir: config.dataDir });
const actions = builtInActions({ db: database.db, dataDir: config.dataDir, sealer });
const worker = config.worker
  ? await startWorker({
      db: database.db,
      actions,
      temporalAddress: config.temporalAddress,
      namespace: config.temporalNamespace,
      ...(config.taskQueue ? { taskQueue: config.taskQueue } : {}),
    })
  : undefined;
const sender = config.smtpUrl
  ? createOutboxSender({ db: database.db, smtpUrl: config.smtpUrl, from: config.smtpFrom })
  : undefined;
sender?.start();

const studio = await loadStudio(config.studioBuild);
const deps = createAppDeps({
  database,
  logger,
  trustedOrigins: config.trustedOrigins,
  // With the studio in this process its forwarded calls name the client; the
  // server drops the header from any other source.
  trustProxy: config.trustProxy || Boolean(studio),
  procedures: temporalProcedures(client, config.taskQueue),
  sealer,
  actionCatalogue: catalogue,
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
const citizens = citizenPortal({
  identity: await loadCitizenIdentity(config.citizenIdentity),
  services: config.publicServices,
  statusKey: await loadOrCreateStatusKey(config.dataDir),
});
const app = createApp(deps, { citizens });
const server = createNodeServer(app.fetch, studio?.handler);

server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}/`;
  // The studio's server code calls /api through its own fetch, which it
  // forwards to RUNTIME_URL: here that is this very server.
  if (studio) process.env.RUNTIME_URL ??= url.slice(0, -1);
  logger.info({ url, database: database.kind, worker: Boolean(worker) }, 'listening');
  console.log(`\nSaqme is running at ${url}`);
  console.log(`API description: ${url}api/openapi.json`);
  if (!studio) console.log(`\n${STUDIO_BUILD_HINT}`);
  if (worker) console.log('Procedure worker: running in this process');
  if (citizens.identity.kind === 'demo')
    console.log(`Citizens apply at ${url}apply as a demo citizen (SAQME_CITIZEN_IDENTITY)`);
  for (const e of examples)
    console.log(
      `Example ${e.serviceId}: version ${e.version}${e.created ? ' (published now)' : ''}`,
    );
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
    server.closeIdleConnections();
  });
  await sender?.stop();
  await worker?.stop();
  await connection.close();
  await database.close();
  logger.flush();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
