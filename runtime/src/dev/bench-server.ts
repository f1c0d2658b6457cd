// The API under benchmark, as its own process (bench/api/main.ts starts it):
// a fresh database (a temporary one on DATABASE_URL's server, else an
// in-memory PGlite), migrated and filled by seedBench, served on a free
// port. Prints one JSON line with the URL and the clerks' usernames.
import { randomBytes } from 'node:crypto';
import { serve } from '@hono/node-server';
import postgres from 'postgres';
import { type Database, openDatabase } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { createApp } from '../http/app.ts';
import { createAppDeps } from '../http/deps.ts';
import { createLogger } from '../log/logger.ts';
import { DEMO_PASSWORD } from '../seed/demo.ts';
import { seedBench } from './bench-data.ts';

const cases = Number(process.env.BENCH_CASES || 100_000);
const tasks = Number(process.env.BENCH_TASKS || 100_000);
const serverUrl = process.env.DATABASE_URL;
const name = `saqme_bench_${randomBytes(4).toString('hex')}`;
const admin = serverUrl ? postgres(serverUrl, { max: 1, onnotice: () => {} }) : undefined;

async function open(): Promise<Database> {
  if (!serverUrl || !admin) return openDatabase({ memory: true });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return openDatabase({ url: url.toString(), max: 10 });
}

const started = performance.now();
const database = await open();
await migrateDatabase(database);
const logins = await seedBench(database.db, { cases, tasks });
const seedSeconds = (performance.now() - started) / 1000;
const deps = createAppDeps({
  database,
  logger: createLogger({ level: 'warn' }),
  // Every login comes from the benchmark's one address.
  login: { perUser: { limit: 5, windowMs: 60_000 }, perClient: { limit: 1000, windowMs: 60_000 } },
  status: {
    database: { kind: database.kind, version: 'bench' },
    temporal: { address: 'none', namespace: 'none', serverVersion: 'none' },
    startedAt: new Date().toISOString(),
  },
});
const server = serve({ fetch: createApp(deps).fetch, hostname: '127.0.0.1', port: 0 }, (addr) => {
  const ready = {
    url: `http://127.0.0.1:${addr.port}`,
    database: database.kind,
    logins,
    password: DEMO_PASSWORD,
    cases,
    tasks,
    seedSeconds,
  };
  console.log(JSON.stringify(ready));
});

async function stop() {
  // Let in-flight requests finish before the database goes away.
  await new Promise((resolve) => {
    server.close(resolve);
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  });
  await database.close();
  if (admin) {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
