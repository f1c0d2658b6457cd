// The public pages' calls to the runtime. A posted application is forwarded
// as multipart (its files included); the runtime refuses a form post without
// this site's Origin, which a browser would send and the studio's own server
// call has to name.
import type { RequestEvent } from '@sveltejs/kit';
import type { PublicIdentity } from '$lib/api/generated/public-identity.ts';
import { getLocale } from '$lib/paraglide/runtime.js';
import type { ApiProblem, ApiResult } from '$lib/server/api.ts';
import type { IdentityState } from './identity-state.ts';

/** A provider's sign-in page, from the runtime's `Link: <url>; rel="login"`; same-site paths or https only. */
function signInUrlOf(link: string | null): string | undefined {
  const url = link?.match(/<([^>]+)>\s*;\s*rel="?login"?/)?.[1];
  return url && (/^\/(?!\/)/.test(url) || url.startsWith('https://')) ? url : undefined;
}

export async function identityOf(event: Pick<RequestEvent, 'fetch'>): Promise<IdentityState> {
  const response = await event.fetch('/api/public/identity', {
    headers: { accept: 'application/json', 'accept-language': getLocale() },
  });
  const body = (await response.json().catch(() => ({}))) as Partial<PublicIdentity & ApiProblem>;
  if (response.ok) return { ok: true, citizen: body as PublicIdentity };
  const signInUrl = signInUrlOf(response.headers.get('link'));
  return {
    ok: false,
    message: typeof body.title === 'string' ? body.title : String(response.status),
    ...(signInUrl ? { signInUrl } : {}),
  };
}

export async function postApplication<T>(
  event: Pick<RequestEvent, 'fetch' | 'url'>,
  path: string,
  body: FormData,
): Promise<ApiResult<T>> {
  const response = await event.fetch(path, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'accept-language': getLocale(),
      origin: event.url.origin,
    },
    body,
  });
  const parsed: unknown = await response.json().catch(() => undefined);
  if (response.ok) return { ok: true, data: parsed as T };
  const b = (parsed ?? {}) as Partial<ApiProblem>;
  return {
    ok: false,
    problem: {
      status: response.status,
      code: typeof b.code === 'string' ? b.code : `http.${response.status}`,
      title: typeof b.title === 'string' ? b.title : String(response.status),
      issues: Array.isArray(b.issues) ? b.issues : [],
    },
  };
}
