// The public pages' calls to the runtime. A posted application is forwarded
// as multipart (its files included); the runtime refuses a form post without
// this site's Origin, which a browser would send and the studio's own server
// call has to name.
import type { RequestEvent } from '@sveltejs/kit';
import type { PublicIdentity } from '$lib/api/generated/public-identity.ts';
import { getLocale } from '$lib/paraglide/runtime.js';
import { type ApiProblem, type ApiResult, api } from '$lib/server/api.ts';
import type { IdentityState } from './identity-state.ts';

export async function identityOf(event: Pick<RequestEvent, 'fetch'>): Promise<IdentityState> {
  const result = await api<PublicIdentity>(event, '/api/public/identity');
  return result.ok
    ? { ok: true, citizen: result.data }
    : { ok: false, message: result.problem.title };
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
