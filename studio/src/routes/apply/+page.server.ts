// The services citizens may apply for, with the organisations offering each.
import type { PublicServiceList } from '$lib/api/generated/public-service-list.ts';
import { identityOf } from '$lib/public/public-api.server.ts';
import { api } from '$lib/server/api.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const [services, identity] = await Promise.all([
    api<PublicServiceList>(event, '/api/public/services'),
    identityOf(event),
  ]);
  return { services: services.ok ? services.data.items : [], identity };
};
