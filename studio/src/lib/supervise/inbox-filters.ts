// The inbox's filters live in the URL (a GET form), so they work without
// JavaScript and can be bookmarked. This reads them, keeping only values the
// user may ask for, and turns them into the runtime's /api/tasks query.
import type { Role } from '$lib/nav.ts';

/** Roles that receive tasks: the queues of the inbox. */
export const QUEUE_ROLES: Role[] = ['clerk', 'supervisor', 'admin'];
/** Roles that may see every queue of the tenant, not only their own. */
export const SUPERVISING: Role[] = ['supervisor', 'admin'];

const SERVICE_ID = /^[a-z][a-z0-9-]{1,62}$/;

export interface InboxFilters {
  /** One queue (candidate role), or every queue of the user's roles. */
  queue: Role | null;
  serviceId: string | null;
  mine: boolean;
  overdue: boolean;
  cursor: string | null;
}

export function supervises(roles: readonly Role[]): boolean {
  return roles.some((r) => SUPERVISING.includes(r));
}

/** The queues a user may pick: their own roles, or every queue for a supervisor. */
export function queuesFor(roles: readonly Role[]): Role[] {
  return supervises(roles) ? QUEUE_ROLES : QUEUE_ROLES.filter((r) => roles.includes(r));
}

export function readFilters(params: URLSearchParams, roles: readonly Role[]): InboxFilters {
  const queue = params.get('queue') as Role | null;
  const serviceId = params.get('service');
  const cursor = params.get('cursor');
  return {
    queue: queue && queuesFor(roles).includes(queue) ? queue : null,
    serviceId: serviceId && SERVICE_ID.test(serviceId) ? serviceId : null,
    mine: params.get('mine') === 'true',
    overdue: params.get('overdue') === 'true',
    cursor: cursor && cursor.length <= 200 ? cursor : null,
  };
}

/** The runtime query: a supervisor's queue of a role they do not hold spans the tenant. */
export function apiQuery(f: InboxFilters, roles: readonly Role[], limit = 50): URLSearchParams {
  const q = new URLSearchParams({ limit: String(limit) });
  if (f.mine) q.set('mine', 'true');
  if (f.queue) {
    q.set('role', f.queue);
    if (!roles.includes(f.queue)) q.set('scope', 'tenant');
  }
  if (f.serviceId) q.set('serviceId', f.serviceId);
  if (f.overdue) q.set('overdue', 'true');
  if (f.cursor) q.set('cursor', f.cursor);
  return q;
}

/** The inbox URL for these filters (the cursor only when given). */
export function inboxHref(f: InboxFilters, cursor?: string): string {
  const q = filterQuery(f);
  if (cursor) q.set('cursor', cursor);
  const s = q.toString();
  return s ? `/inbox?${s}` : '/inbox';
}

/** A form action of the inbox that keeps the filters, so the page after a post shows the same list. */
export function actionHref(f: InboxFilters, action: string): string {
  const s = filterQuery(f).toString();
  return `/inbox?${s ? `${s}&` : ''}/${action}`;
}

function filterQuery(f: InboxFilters): URLSearchParams {
  const q = new URLSearchParams();
  if (f.queue) q.set('queue', f.queue);
  if (f.serviceId) q.set('service', f.serviceId);
  if (f.mine) q.set('mine', 'true');
  if (f.overdue) q.set('overdue', 'true');
  return q;
}
