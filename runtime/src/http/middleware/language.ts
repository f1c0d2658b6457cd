// Picks the response language once per request, for problems and pages.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';
import { chooseLanguage } from '../language.ts';

export function language(): MiddlewareHandler<AppEnv> {
  return async function negotiateLanguage(c, next) {
    c.set('lang', chooseLanguage(c.req.header('Accept-Language')));
    await next();
  };
}
