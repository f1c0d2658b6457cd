import type { TenantList } from '$lib/api/generated/tenant-list.ts';
import { getLocale } from '$lib/paraglide/runtime.js';
import { api } from '$lib/server/api.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
  const session = event.locals.session;
  const tenants = session ? await api<TenantList>(event, '/api/tenants') : undefined;
  return {
    session,
    locale: getLocale(),
    tenants: tenants?.ok ? tenants.data.items : [],
  };
};
