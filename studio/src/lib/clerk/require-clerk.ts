// The task pages belong to the inbox's people: whoever may open the inbox
// may open a task from it.
import { error, type RequestEvent } from '@sveltejs/kit';
import { type Role, sections } from '$lib/nav.ts';

export function mayWorkTasks(roles: readonly Role[]): boolean {
  const inbox = sections.find((s) => s.href === '/inbox');
  return inbox?.roles.some((r) => roles.includes(r)) ?? false;
}

export function requireClerk(event: Pick<RequestEvent, 'locals'>): void {
  if (!mayWorkTasks(event.locals.session?.roles ?? [])) error(403, 'forbidden');
}
