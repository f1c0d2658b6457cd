// The studio's server code calls the runtime through event.fetch('/api/…'),
// which carries the user's cookie and passes the session cookie it sets back
// to the browser. Outcomes are values: data, or the runtime's problem.
import type { RequestEvent } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime.js';

export interface ApiProblem {
  status: number;
  code: string;
  title: string;
  issues: { code: string; path: string; message: string }[];
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; problem: ApiProblem };

function toProblem(status: number, body: unknown): ApiProblem {
  const b = (body ?? {}) as Partial<ApiProblem>;
  return {
    status,
    code: typeof b.code === 'string' ? b.code : `http.${status}`,
    title: typeof b.title === 'string' ? b.title : String(status),
    issues: Array.isArray(b.issues) ? b.issues : [],
  };
}

export async function api<T>(
  event: Pick<RequestEvent, 'fetch'>,
  path: string,
  init: { method?: string; json?: unknown } = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': getLocale(),
  };
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  const response = await event.fetch(path, {
    method: init.method ?? 'GET',
    headers,
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
  const text = await response.text();
  const body: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) return { ok: false, problem: toProblem(response.status, body) };
  return { ok: true, data: body as T };
}
