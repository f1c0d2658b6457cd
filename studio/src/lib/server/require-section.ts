// Refuses a section's pages to users without one of its roles.
import { error, type RequestEvent } from '@sveltejs/kit';
import { sectionOf } from '$lib/nav.ts';

export function requireSection(event: Pick<RequestEvent, 'locals' | 'url'>): void {
  const section = sectionOf(event.url.pathname);
  const roles = event.locals.session?.roles ?? [];
  if (!section?.roles.some((r) => roles.includes(r))) error(403, 'forbidden');
}
