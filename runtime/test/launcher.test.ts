// Starts the real launcher (runtime/src/main.ts) on the embedded database and
// the real Temporal dev server, signs in with a printed demo login, and stops
// it with SIGTERM, expecting a clean exit.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { read } from './harness.ts';

const main = join(import.meta.dirname, '..', 'src', 'main.ts');

function start(dataDir: string): {
  child: ChildProcess;
  output: () => string;
  ready: Promise<string>;
} {
  const temporal = process.env.TEMPORAL_ADDRESS;
  if (!temporal)
    throw new Error('TEMPORAL_ADDRESS is not set: start Temporal with scripts/temporal.sh');
  // Without DATABASE_URL the launcher uses the embedded PGlite, as on a fresh machine.
  const { DATABASE_URL: _server, ...inherited } = process.env;
  const env = {
    ...inherited,
    TEMPORAL_ADDRESS: temporal,
    SAQME_DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'warn',
  };
  const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      const url = out.match(/Saqme is running at (\S+)/)?.[1];
      if (url && out.includes('in batumi')) resolve(url);
    });
    child.stderr!.on('data', (d) => {
      out += d;
    });
    child.on('exit', (code) => reject(new Error(`launcher exited with ${code}: ${out}`)));
  });
  return { child, output: () => out, ready };
}

describe('the launcher', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'saqme-launcher-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('migrates, seeds, prints the URL and demo logins, serves, and exits cleanly on SIGTERM', async () => {
    const { child, output, ready } = start(dataDir);
    const url = await ready;
    expect(output()).toContain('Demo logins (password for all: saqme-demo-2026)');
    expect(output()).toMatch(/central\.admin\s+admin\s+in central/);
    expect(output()).toContain('Procedure worker: running in this process');
    expect(output()).toContain('Example municipal-request: version 1 (published now)');
    const health = await fetch(`${url}api/health`);
    expect(await read(health)).toMatchObject({ ok: true, database: { kind: 'pglite' } });
    const login = await fetch(`${url}api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'tbilisi.clerk', password: 'saqme-demo-2026' }),
    });
    expect(login.status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('starts again on the same data, with migrations and demo data already in place, and stops on SIGINT', async () => {
    const { child, output, ready } = start(dataDir);
    const url = await ready;
    const tenants = await fetch(`${url}api/tenants`);
    expect((await read(tenants)).items).toHaveLength(5);
    // Published once: the second start finds the same hash and publishes nothing.
    expect(output()).toContain('Example municipal-request: version 1\n');
    const home = await fetch(url, { redirect: 'manual' });
    expect(home.status).toBeLessThan(500);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
