// The API under load: 100,000 cases and 100,000 tasks over 21 tenants, real
// sessions of one clerk per tenant, autocannon against the inbox and the case
// search. The server runs as its own process (runtime/src/dev/bench-server.ts)
// so its memory and CPU time are its own; the database is a temporary one on
// DATABASE_URL's server when set, else an in-memory PGlite. Each phase also
// prints the server's CPU time per request (from /metrics), which other
// jobs on the machine move far less than they move latency.
//   pnpm bench api        (BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_CASES, BENCH_TASKS)
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

interface Ready {
  url: string;
  database: string;
  logins: string[];
  password: string;
  cases: number;
  tasks: number;
  seedSeconds: number;
}

interface Run {
  latency: { p99: number; p50: number };
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
  duration: number;
}

const seconds = Number(process.env.BENCH_SECONDS || 10);
const connections = Number(process.env.BENCH_CONNECTIONS || 20);
const serverScript = join(
  import.meta.dirname,
  '..',
  '..',
  'runtime',
  'src',
  'dev',
  'bench-server.ts',
);

const server = spawn(process.execPath, [serverScript], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: process.env,
});
const ready = await new Promise<Ready>((resolve, reject) => {
  server.on('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  createInterface({ input: server.stdout! }).once('line', (line) =>
    resolve(JSON.parse(line) as Ready),
  );
});
console.log(
  `server: ${ready.database}, ${ready.cases} cases, ${ready.tasks} tasks, ${ready.logins.length} tenants, seeded in ${ready.seedSeconds.toFixed(1)} s`,
);

async function login(username: string): Promise<string> {
  const res = await fetch(`${ready.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: ready.password }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (res.status !== 200 || !cookie) throw new Error(`login ${username}: ${res.status}`);
  return cookie;
}

const cookies: string[] = [];
for (const username of ready.logins) cookies.push(await login(username));

function load(title: string, paths: string[]): Promise<Run> {
  let n = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: ready.url,
        connections,
        duration: seconds,
        requests: [
          {
            method: 'GET',
            setupRequest: (req: autocannon.Request) => {
              n += 1;
              // autocannon takes `path` from the returned request though its types omit it.
              return Object.assign(req, {
                path: paths[n % paths.length],
                headers: { cookie: cookies[n % cookies.length] },
              });
            },
          },
        ],
      },
      (err: Error | null, result: Run) => (err ? reject(err) : resolve(result)),
    );
    instance.on('done', () => console.log(`${title}: done`));
  });
}

/** The server's own CPU time so far: what a request costs, whatever else the machine runs. */
async function serverCpuSeconds(): Promise<number> {
  const metrics = await (await fetch(`${ready.url}/metrics`)).text();
  return Number(metrics.match(/^process_cpu_seconds_total (\S+)$/m)?.[1] ?? Number.NaN);
}

const cpuBefore = await serverCpuSeconds();
const inbox = await load('inbox', [
  '/api/tasks?limit=50',
  '/api/tasks?limit=20',
  '/api/tasks?mine=true',
]);
const cpuBetween = await serverCpuSeconds();
const search = await load('search', [
  '/api/cases?status=open&serviceId=municipal-request&limit=20',
  '/api/cases?openedFrom=2026-06-01T00:00:00Z&openedTo=2026-07-01T00:00:00Z&limit=50',
  '/api/cases?personalNumber=00000079190',
  '/api/cases?status=waiting&limit=20',
]);
const cpuAfter = await serverCpuSeconds();
for (const [name, run, cpu] of [
  ['inbox', inbox, cpuBetween - cpuBefore],
  ['search', search, cpuAfter - cpuBetween],
] as const) {
  console.log(
    `${name}: p50 ${run.latency.p50} ms, p99 ${run.latency.p99} ms, ${run.requests.average} req/s, ${run.non2xx} non-2xx, ${run.errors} errors, server CPU ${((cpu * 1000) / run.requests.total).toFixed(2)} ms/request`,
  );
  if (run.non2xx || run.errors) throw new Error(`${name}: failed requests`);
}

const metrics = await (await fetch(`${ready.url}/metrics`)).text();
const rss = Number(metrics.match(/^process_resident_memory_bytes (\d+)$/m)?.[1] ?? Number.NaN);
server.removeAllListeners('exit');
const stopped = new Promise((resolve) => server.once('exit', resolve));
server.kill('SIGTERM');
await stopped;

const rps = Math.round(
  (inbox.requests.total + search.requests.total) / (inbox.duration + search.duration),
);
console.log(
  `RESULT api inbox_p99_ms=${inbox.latency.p99} search_p99_ms=${search.latency.p99} rps=${rps} rss_mb=${Math.round(rss / 1024 / 1024)}`,
);
// Keep-alive sockets to the stopped server would otherwise report resets after the result.
process.exit(0);
