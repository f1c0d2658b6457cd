import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeServer, isRuntimePath } from './node-server.ts';

describe('createNodeServer', () => {
  const server = createNodeServer(
    (request) =>
      new Response(
        `api ${new URL(request.url).pathname} ${request.headers.get('x-forwarded-for')}`,
      ),
    (req, res) => res.end(`studio ${req.url}`),
  );
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends /api and /metrics to the app and every other path to the studio', async () => {
    expect(await (await fetch(`${base}/api/health`)).text()).toBe('api /api/health null');
    expect(await (await fetch(`${base}/metrics`)).text()).toBe('api /metrics null');
    expect(await (await fetch(`${base}/inbox?x=1`)).text()).toBe('studio /inbox?x=1');
    expect(await (await fetch(`${base}/apix`)).text()).toBe('studio /apix');
  });

  it("keeps the studio's X-Forwarded-For on loopback", async () => {
    const res = await fetch(`${base}/api/health`, {
      headers: { 'X-Forwarded-For': '203.0.113.7' },
    });
    expect(await res.text()).toBe('api /api/health 203.0.113.7');
  });

  it('knows the runtime paths', () => {
    expect(['/api', '/api/cases', '/metrics'].every(isRuntimePath)).toBe(true);
    expect(['/', '/apis', '/designer'].some(isRuntimePath)).toBe(false);
  });
});
