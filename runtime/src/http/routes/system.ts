// Operational routes: the start page, health, and Prometheus metrics.
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import type { AppDeps, AppEnv } from '../env.ts';
import { statusPage } from '../status-page.ts';

export function systemRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.get('/', describeRoute({ hide: true }), (c) =>
    c.html(statusPage(deps.status, c.get('secureHeadersNonce') ?? '')),
  );
  app.get(
    '/api/health',
    describeRoute({
      tags: ['system'],
      summary: 'What is running',
      responses: { 200: { description: 'Healthy' } },
    }),
    (c) => c.json({ ok: true, ...deps.status }),
  );
  app.get(
    '/metrics',
    describeRoute({
      tags: ['system'],
      summary: 'Prometheus metrics (text exposition format)',
      responses: { 200: { description: 'Metrics' } },
    }),
    (c) =>
      c.text(deps.metrics.exposition(), 200, {
        'Content-Type': 'text/plain; version=0.0.4; charset=utf-8',
      }),
  );
  return app;
}
