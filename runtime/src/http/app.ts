// The HTTP application: every route the runtime serves, composed from parts.
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { statusPage } from './status-page.ts';

export interface SystemStatus {
  database: { kind: 'postgres' | 'pglite'; version: string };
  temporal: { address: string; namespace: string; serverVersion: string };
  startedAt: string;
}

export function createApp(status: SystemStatus): Hono {
  const app = new Hono();
  app.use(secureHeaders());
  app.get('/api/health', (c) => c.json({ ok: true, ...status }));
  app.get('/', (c) => c.html(statusPage(status)));
  return app;
}
