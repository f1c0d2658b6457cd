// One page of the knowledge base: a service's guide or a step's, from the
// latest published version, with the service's other pages beside it.
import { error } from '@sveltejs/kit';
import type { KnowledgeList } from '$lib/api/generated/knowledge-list.ts';
import { api } from '$lib/server/api.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  await event.parent();
  const { serviceId, elementId } = event.params;
  if (!/^[a-z][a-z0-9-]{1,62}$/.test(serviceId)) error(404, 'not found');
  const found = await api<KnowledgeList>(
    event,
    `/api/knowledge?${new URLSearchParams({ serviceId })}`,
  );
  if (!found.ok) error(found.problem.status, found.problem.title);
  const page = found.data.items.find((p) => p.elementId === elementId);
  if (!page) error(404, 'not found');
  return {
    page,
    others: found.data.items.map((p) => ({ elementId: p.elementId, title: p.title })),
  };
};
