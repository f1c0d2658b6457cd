// CSRF defence by origin: an unsafe request that carries an Origin must come
// from this site (or a trusted origin); a form post without any Origin is
// refused, since browsers always send one on cross-origin posts. Session
// cookies are also SameSite=Lax. JSON bodies from non-browser clients (no
// Origin) pass: they cannot be forged cross-site without CORS, which is off.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';
import { ProblemError } from '../problem.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const FORM_TYPES = /^\s*(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)/i;

export function crossSiteGuard(trustedOrigins: string[]): MiddlewareHandler<AppEnv> {
  return async function refuseCrossSite(c, next) {
    if (!SAFE.has(c.req.method)) {
      const origin = c.req.header('Origin');
      const allowed = origin
        ? origin === new URL(c.req.url).origin || trustedOrigins.includes(origin)
        : !FORM_TYPES.test(c.req.header('Content-Type') ?? '') ||
          c.req.header('Sec-Fetch-Site') === 'same-origin';
      if (!allowed) throw new ProblemError(403, 'request.cross-site');
    }
    await next();
  };
}
