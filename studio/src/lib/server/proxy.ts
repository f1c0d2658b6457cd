// Forwards /api/* to the runtime at RUNTIME_URL so the browser and the
// studio's own server code see one origin. Bodies stream both ways; cookies
// and headers pass unchanged except the ones that describe the hop.
import type { RequestEvent } from '@sveltejs/kit';

const HOP_HEADERS = ['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'host'];
// Node's fetch decodes compressed bodies, so these no longer describe them.
const DECODED_HEADERS = ['content-encoding', 'content-length'];

export function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}

export function runtimeUrl(): string | undefined {
  return process.env.RUNTIME_URL || undefined;
}

export async function forwardToRuntime(event: RequestEvent, target: string): Promise<Response> {
  const url = new URL(event.url.pathname + event.url.search, target);
  const headers = new Headers(event.request.headers);
  for (const h of HOP_HEADERS) headers.delete(h);
  // The runtime refuses unsafe requests from another origin. A request from
  // this studio's own pages is same-site, so it is presented as the runtime's.
  if (headers.get('origin') === event.url.origin) headers.set('origin', url.origin);
  // The runtime sees only this studio's address; this names the real client
  // (internal event.fetch calls keep the original request's address). Any
  // value the client sent is replaced, so it cannot be spoofed through here.
  headers.set('x-forwarded-for', event.getClientAddress());
  const hasBody = event.request.method !== 'GET' && event.request.method !== 'HEAD';
  const response = await fetch(url, {
    method: event.request.method,
    headers,
    body: hasBody ? event.request.body : undefined,
    redirect: 'manual',
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit);
  const out = new Headers(response.headers);
  for (const h of DECODED_HEADERS) out.delete(h);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: out,
  });
}
