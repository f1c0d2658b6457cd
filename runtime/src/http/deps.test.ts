import type { Context } from 'hono';
import { describe, expect, it } from 'vitest';
import type { Database } from '../db/client.ts';
import { createAppDeps } from './deps.ts';

const required = {
  database: {} as Database,
  status: {
    database: { kind: 'pglite' as const, version: 'test' },
    temporal: { address: 'none', namespace: 'default', serverVersion: 'none' },
    startedAt: '2026-11-27T08:00:00.000Z',
  },
};

function contextWith(headers: Record<string, string>): Context {
  return { req: { header: (name: string) => headers[name] }, env: {} } as unknown as Context;
}

describe('createAppDeps', () => {
  it('takes the client address from X-Forwarded-For only behind a trusted proxy', () => {
    const c = contextWith({ 'X-Forwarded-For': '198.51.100.7, 10.0.0.1' });
    expect(createAppDeps({ ...required, trustProxy: true }).clientAddress(c)).toBe('198.51.100.7');
    expect(createAppDeps(required).clientAddress(c)).toBe('unknown');
  });
});
