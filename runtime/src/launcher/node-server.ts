// One HTTP server for the single-process mode: /api (and /metrics) go to the
// hono app through @hono/node-server's request listener; everything else goes
// to the studio's handler when the studio is built, else to the app (whose
// `/` is the status page).
import { createServer, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { NodeHandler } from './studio.ts';

export function isRuntimePath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/') || pathname === '/metrics';
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Only the studio, forwarding its own server-side calls over loopback, may
 * name the client in X-Forwarded-For; from anywhere else the header is
 * dropped, so a client cannot pick its own rate-limit key.
 */
export function createNodeServer(
  fetch: (request: Request) => Response | Promise<Response>,
  studio: NodeHandler | undefined,
): Server {
  const api = getRequestListener(fetch);
  return createServer((req, res) => {
    if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) delete req.headers['x-forwarded-for'];
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (!studio || isRuntimePath(pathname)) {
      void api(req, res);
      return;
    }
    studio(req, res, () => void api(req, res));
  });
}
