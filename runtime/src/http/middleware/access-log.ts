// One JSON log line per request, with its id, route, status, time and user.
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from '../../log/logger.ts';
import type { AppEnv } from '../env.ts';

export function accessLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async function logRequest(c, next) {
    const start = performance.now();
    await next();
    const status = c.res.status;
    const entry = {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      route: routePath(c),
      status,
      ms: Math.round((performance.now() - start) * 10) / 10,
      userId: c.get('auth')?.user.id,
      tenantId: c.get('auth')?.tenantId,
    };
    if (status >= 500) logger.error(entry, 'request failed');
    else logger.info(entry, 'request');
  };
}
