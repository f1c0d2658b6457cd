// The service catalog: drafts and published versions of this tenant's services.
import { error } from '@sveltejs/kit';
import type { ServiceList } from '$lib/api/generated/service-list.ts';
import { api } from '$lib/server/api.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  await event.parent();
  const list = await api<ServiceList>(event, '/api/services');
  if (!list.ok) error(list.problem.status, list.problem.title);
  return { services: list.data.items };
};
