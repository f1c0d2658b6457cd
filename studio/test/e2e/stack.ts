// Starts the real system for browser tests: the runtime (`node
// runtime/src/main.ts`, a fresh PGlite under a temporary directory, the
// Temporal server from TEMPORAL_ADDRESS) and the studio's production build
// (`node studio/build`) forwarding /api to it.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const studioDir = resolve(import.meta.dirname, '../..');
const repoDir = resolve(studioDir, '..');

export interface Stack {
  studioUrl: string;
  runtimeUrl: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** Runs a command to completion; rejects with its output when it fails. */
export function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} failed:\n${output}`)),
    );
  });
}

function startUntil(
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
  timeoutMs: number,
): Promise<ChildProcess> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      cwd: repoDir,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      fail(new Error(`${args.join(' ')} did not start in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const watch = (d: Buffer) => {
      output += d;
      if (ready.test(output)) {
        clearTimeout(timer);
        done(child);
      }
    };
    child.stdout?.on('data', watch);
    child.stderr?.on('data', watch);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

export async function startStack(): Promise<Stack> {
  const temporal = process.env.TEMPORAL_ADDRESS;
  if (!temporal) throw new Error('TEMPORAL_ADDRESS is not set: eval "$(scripts/temporal.sh)"');
  const dataDir = mkdtempSync(join(tmpdir(), 'saqme-studio-e2e-'));
  const [runtimePort, studioPort] = [await freePort(), await freePort()];
  const runtimeUrl = `http://127.0.0.1:${runtimePort}`;
  const studioUrl = `http://127.0.0.1:${studioPort}`;
  const runtime = await startUntil(
    ['runtime/src/main.ts'],
    {
      PORT: String(runtimePort),
      HOST: '127.0.0.1',
      SAQME_DATA_DIR: dataDir,
      DATABASE_URL: '',
      TEMPORAL_ADDRESS: temporal,
      // Its own task queue: another runtime on the same Temporal server (a
      // developer's scripts/start.sh) must not take this database's cases.
      SAQME_TASK_QUEUE: `studio-e2e-${runtimePort}`,
    },
    /Demo logins/,
    240_000,
  );
  const studio = await startUntil(
    ['studio/build'],
    { PORT: String(studioPort), HOST: '127.0.0.1', ORIGIN: studioUrl, RUNTIME_URL: runtimeUrl },
    /Listening on/,
    30_000,
  );
  return {
    studioUrl,
    runtimeUrl,
    async stop() {
      await stopChild(studio);
      await stopChild(runtime);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
