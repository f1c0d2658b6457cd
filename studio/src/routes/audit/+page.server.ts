// The tenant's audit chain, a page at a time, with the chain's verification.
import { error } from '@sveltejs/kit';
import type { AuditEventList } from '$lib/api/generated/audit-event-list.ts';
import type { AuditVerification } from '$lib/api/generated/audit-verification.ts';
import { api } from '$lib/server/api.ts';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;

export const load: PageServerLoad = async (event) => {
  await event.parent();
  const after = Math.max(0, Number(event.url.searchParams.get('after')) || 0);
  const [events, verification] = await Promise.all([
    api<AuditEventList>(event, `/api/audit/events?after=${after}&limit=${PAGE_SIZE}`),
    api<AuditVerification>(event, '/api/audit/verify'),
  ]);
  if (!events.ok) error(events.problem.status, events.problem.title);
  if (!verification.ok) error(verification.problem.status, verification.problem.title);
  return { events: events.data, verification: verification.data, after };
};
