// Pages and actions only supervisors (and admins) may use, inside sections
// that clerks may also open. The runtime refuses the same calls anyway.
import { error, type RequestEvent } from '@sveltejs/kit';
import { supervises } from './inbox-filters.ts';

export function requireSupervisor(event: Pick<RequestEvent, 'locals'>): void {
  if (!supervises(event.locals.session?.roles ?? [])) error(403, 'forbidden');
}
