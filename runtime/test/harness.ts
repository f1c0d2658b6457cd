// An app over a migrated, demo-seeded test database, with a clock the test
// controls and logs captured in memory; requests go through app.request().
import { Writable } from 'node:stream';
import type { Hono } from 'hono';
import type { Database } from '../src/db/client.ts';
import { createApp } from '../src/http/app.ts';
import { createAppDeps } from '../src/http/deps.ts';
import type { AppDeps, AppEnv } from '../src/http/env.ts';
import { createLogger } from '../src/log/logger.ts';
import { DEMO_PASSWORD, seedDemo } from '../src/seed/demo.ts';

export const BASE = 'http://saqme.test';

export interface Harness {
  app: Hono<AppEnv>;
  deps: AppDeps;
  logs: string[];
  clock: { now: Date; advance(ms: number): void };
  request(
    path: string,
    init?: RequestInit & { json?: unknown; cookie?: string },
  ): Promise<Response>;
  login(username: string, password?: string, tenantId?: string): Promise<string>;
}

export async function createHarness(
  database: Database,
  overrides: Partial<AppDeps> = {},
): Promise<Harness> {
  const clock = {
    now: new Date('2026-11-27T08:00:00.000Z'),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  await seedDemo(database.db, () => clock.now);
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const deps = createAppDeps({
    database,
    status: {
      database: { kind: database.kind, version: 'test' },
      temporal: { address: 'none', namespace: 'default', serverVersion: 'none' },
      startedAt: clock.now.toISOString(),
    },
    logger: createLogger({ destination }),
    now: () => clock.now,
    clientAddress: (c) => c.req.header('X-Test-Client') ?? '192.0.2.1',
    ...overrides,
  });
  const app = createApp(deps);
  async function request(
    path: string,
    init: RequestInit & { json?: unknown; cookie?: string } = {},
  ) {
    const { json, cookie, headers, ...rest } = init;
    const h = new Headers(headers);
    if (json !== undefined) h.set('Content-Type', 'application/json');
    if (cookie) h.set('Cookie', cookie);
    // A browser sends its Origin with a multipart form post; without it the CSRF guard refuses.
    if (rest.body instanceof FormData && !h.has('Origin')) h.set('Origin', BASE);
    return app.request(`${BASE}${path}`, {
      ...rest,
      headers: h,
      ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
    });
  }
  async function login(username: string, password = DEMO_PASSWORD, tenantId?: string) {
    const res = await request('/api/auth/login', {
      method: 'POST',
      json: { username, password, ...(tenantId ? { tenantId } : {}) },
    });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
    const cookie = res.headers.get('Set-Cookie')?.split(';')[0];
    if (!cookie) throw new Error(`login ${username}: no cookie`);
    return cookie;
  }
  return { app, deps, logs, clock, request, login };
}

/** A response body read as JSON; tests inspect it by shape. */
// biome-ignore lint/suspicious/noExplicitAny: assertions check the shape
export async function read(res: Response): Promise<any> {
  return res.json();
}
