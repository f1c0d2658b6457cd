// The designer's calls to the runtime's services API, from the browser
// through the studio's /api proxy (same origin, the session cookie rides
// along). Problems come back in the user's language.
import type { Bundle } from '@saqme/engine';
import type { DraftResult } from '$lib/api/generated/draft-result.ts';
import type { SandboxCase } from '$lib/api/generated/sandbox-case.ts';
import type { ServiceVersion } from '$lib/api/generated/service-version.ts';
import type { Locale } from '$lib/paraglide/runtime.js';

export interface Problem {
  status: number;
  title: string;
  issues: { path: string; message: string }[];
}

export type Outcome<T> = { ok: true; status: number; data: T } | { ok: false; problem: Problem };

async function call<T>(locale: Locale, path: string, init: RequestInit = {}): Promise<Outcome<T>> {
  const response = await fetch(path, {
    ...init,
    headers: { accept: 'application/json', 'accept-language': locale, ...init.headers },
  });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    return {
      ok: false,
      problem: {
        status: response.status,
        title: typeof body.title === 'string' ? body.title : String(response.status),
        issues: Array.isArray(body.issues) ? (body.issues as Problem['issues']) : [],
      },
    };
  }
  return { ok: true, status: response.status, data: body as T };
}

const serviceUrl = (id: string) => `/api/services/${encodeURIComponent(id)}`;

export function saveDraft(locale: Locale, id: string, bundle: Bundle) {
  return call<DraftResult>(locale, `${serviceUrl(id)}/draft`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(bundle),
  });
}

export function publish(locale: Locale, id: string) {
  return call<ServiceVersion>(locale, `${serviceUrl(id)}/versions`, { method: 'POST' });
}

export function loadDraft(locale: Locale, id: string) {
  return call<Bundle>(locale, `${serviceUrl(id)}/draft`);
}

/** Runs the saved draft in the sandbox tenant; refused with the draft's diagnostics while it has errors. */
export function runInSandbox(locale: Locale, id: string, data: Record<string, unknown>) {
  return call<SandboxCase>(locale, `${serviceUrl(id)}/sandbox-runs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ data }),
  });
}
