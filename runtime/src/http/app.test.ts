import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../test/databases.ts';
import { createHarness, type Harness, read } from '../../test/harness.ts';
import type { Database } from '../db/client.ts';

describe('the HTTP conventions', () => {
  let database: Database;
  let h: Harness;
  beforeAll(async () => {
    database = await targets[1]!.open();
    h = await createHarness(database, { bodyLimitBytes: 2048 });
  });
  afterAll(() => database.close());

  it('answers an unknown route with problem+json in Georgian by default', async () => {
    const res = await h.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8');
    expect(res.headers.get('Content-Language')).toBe('ka');
    const body = await read(res);
    expect(body).toMatchObject({
      type: 'urn:saqme:problem:route.not-found',
      code: 'route.not-found',
      status: 404,
      title: 'ასეთი მისამართი არ არსებობს.',
      instance: '/api/nothing-here',
    });
    expect(body.requestId).toBe(res.headers.get('X-Request-Id'));
  });

  it('speaks English when Accept-Language prefers it', async () => {
    const res = await h.request('/api/nothing-here', {
      headers: { 'Accept-Language': 'en-GB,en;q=0.9,ka;q=0.5' },
    });
    expect(res.headers.get('Content-Language')).toBe('en');
    expect((await read(res)).title).toBe('There is no such address.');
  });

  it('reports every invalid field on 422, with a JSON pointer and a localised message', async () => {
    const res = await h.request('/api/auth/login', {
      method: 'POST',
      json: { username: '', extra: 1 },
      headers: { 'Accept-Language': 'ka' },
    });
    expect(res.status).toBe(422);
    const body = await read(res);
    expect(body.code).toBe('request.invalid');
    expect(body.issues).toEqual(
      expect.arrayContaining([
        { code: 'field.required', path: '/password', message: 'ველი „password“ სავალდებულოა.' },
        { code: 'field.minLength', path: '/username', message: 'მინიმუმ 1 სიმბოლო.' },
        { code: 'field.additionalProperties', path: '', message: 'უცნობი ველი „extra“.' },
      ]),
    );
  });

  it('refuses a malformed JSON body with 400 and a body over the limit with 413', async () => {
    const malformed = await h.request('/api/auth/login', {
      method: 'POST',
      body: '{"username":',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expect((await read(malformed)).code).toBe('request.malformed');
    const big = await h.request('/api/auth/login', {
      method: 'POST',
      json: { username: 'x'.repeat(4000), password: 'y' },
      headers: { 'Accept-Language': 'en' },
    });
    expect(big.status).toBe(413);
    expect(await read(big)).toMatchObject({
      code: 'request.body-too-large',
      title: 'The request is too large (at most 2048 bytes).',
    });
  });

  it('sends secure headers with a strict CSP, and the start page styles itself by nonce only', async () => {
    const res = await h.request('/');
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('X-Frame-Options')).toBe('SAMEORIGIN');
    const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(await res.text()).toContain(`<style nonce="${nonce}">`);
  });

  it('sends API answers the same strict CSP, without a nonce they would never use', async () => {
    const csp = (await h.request('/api/health')).headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('nonce-');
  });

  it('refuses cross-site form posts and form posts without an Origin, but not same-origin ones', async () => {
    const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
    const body = 'username=a&password=b';
    const crossSite = await h.request('/api/auth/logout', {
      method: 'POST',
      body,
      headers: { ...form, Origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    expect((await read(crossSite)).code).toBe('request.cross-site');
    const noOrigin = await h.request('/api/auth/logout', { method: 'POST', body, headers: form });
    expect(noOrigin.status).toBe(403);
    const sameOrigin = await h.request('/api/auth/logout', {
      method: 'POST',
      body,
      headers: { ...form, Origin: 'http://saqme.test' },
    });
    expect(sameOrigin.status).toBe(204);
    const jsonCrossSite = await h.request('/api/auth/logout', {
      method: 'POST',
      json: {},
      headers: { Origin: 'https://evil.example' },
    });
    expect(jsonCrossSite.status).toBe(403);
  });

  it('serves Prometheus metrics labelled by route pattern', async () => {
    await h.request('/api/health');
    const res = await h.request('/metrics');
    expect(res.headers.get('Content-Type')).toContain('text/plain; version=0.0.4');
    const text = await res.text();
    expect(text).toMatch(/^# TYPE http_requests_total counter$/m);
    expect(text).toMatch(
      /^http_requests_total\{method="GET",route="\/api\/health",status="200"\} \d+$/m,
    );
    expect(text).toMatch(
      /^http_request_duration_seconds_bucket\{method="GET",route="\/api\/health",status="200",le="\+Inf"\} \d+$/m,
    );
    expect(text).toMatch(/^process_resident_memory_bytes \d+$/m);
  });

  it('logs one JSON line per request with its request id', async () => {
    const res = await h.request('/api/health', { headers: { 'X-Request-Id': 'req-abc-1' } });
    expect(res.headers.get('X-Request-Id')).toBe('req-abc-1');
    const line = h.logs.map((l) => JSON.parse(l)).find((l) => l.requestId === 'req-abc-1');
    expect(line).toMatchObject({
      msg: 'request',
      method: 'GET',
      route: '/api/health',
      status: 200,
    });
  });

  it('publishes an OpenAPI 3.1 document built from the JSON Schemas', async () => {
    const res = await h.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = await read(res);
    expect(doc.openapi).toBe('3.1.0');
    const login = doc.paths['/api/auth/login'].post;
    expect(login.requestBody.content['application/json'].schema).toMatchObject({
      type: 'object',
      required: ['username', 'password'],
      additionalProperties: false,
    });
    expect(login.responses['200'].content['application/json'].schema.required).toContain(
      'tenantId',
    );
    expect(login.responses['422'].content['application/problem+json'].schema.required).toContain(
      'code',
    );
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/admin/users/{userId}',
        '/api/audit/events',
        '/api/tenants',
        '/metrics',
      ]),
    );
    expect(doc.paths['/']).toBeUndefined();
  });

  it('describes every registered route in the OpenAPI document, except the start page', async () => {
    const doc = await read(await h.request('/api/openapi.json'));
    const documented = new Set(
      Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      ),
    );
    const registered = h.app.routes
      .filter((r) => r.method !== 'ALL' && r.path !== '/' && r.path !== '/api/openapi.json')
      .map((r) => `${r.method} ${r.path}`);
    expect(registered.filter((r) => !documented.has(r))).toEqual([]);
  });
});
