// Request pipeline: /api goes to the runtime; every other request gets its
// language from the cookie (Georgian by default) and its session from the
// runtime; anonymous visitors go to the sign-in page. Each section's layout
// checks the roles (an error thrown here would bypass +error.svelte).
import { type Handle, redirect } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import type { SessionInfo } from '$lib/api/generated/session-info.ts';
import { isPublic } from '$lib/nav.ts';
import { paraglideMiddleware } from '$lib/paraglide/server.js';
import { api } from '$lib/server/api.ts';
import { forwardToRuntime, isApiPath, runtimeUrl } from '$lib/server/proxy.ts';

const SESSION_COOKIE = 'saqme_session';

const proxyApi: Handle = async ({ event, resolve }) => {
  if (!isApiPath(event.url.pathname)) return resolve(event);
  const target = runtimeUrl();
  if (!target) {
    return new Response(
      JSON.stringify({
        status: 503,
        code: 'studio.runtime-unset',
        title: 'RUNTIME_URL is not set',
      }),
      { status: 503, headers: { 'content-type': 'application/problem+json' } },
    );
  }
  return forwardToRuntime(event, target);
};

const language: Handle = ({ event, resolve }) =>
  paraglideMiddleware(event.request, ({ locale }) =>
    resolve(event, {
      // app.html names Georgian, the base locale; English pages say so.
      transformPageChunk: ({ html }) => html.replace('<html lang="ka">', `<html lang="${locale}">`),
    }),
  );

const session: Handle = async ({ event, resolve }) => {
  event.locals.session = null;
  if (event.cookies.get(SESSION_COOKIE)) {
    const result = await api<SessionInfo>(event, '/api/auth/session');
    if (result.ok) event.locals.session = result.data;
  }
  const path = event.url.pathname;
  if (!isPublic(path) && !event.locals.session && event.route.id !== null) {
    redirect(303, `/login?next=${encodeURIComponent(path + event.url.search)}`);
  }
  return resolve(event);
};

export const handle = sequence(proxyApi, language, session);
