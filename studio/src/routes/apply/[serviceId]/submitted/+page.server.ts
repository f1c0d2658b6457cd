// The confirmation after applying: the case number and status token from the
// receipt cookie, with the service and organisation named.
import { redirect } from '@sveltejs/kit';
import type { PublicService } from '$lib/api/generated/public-service.ts';
import { readReceipt } from '$lib/public/receipt.server.ts';
import { api } from '$lib/server/api.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const receipt = readReceipt(event.cookies);
  if (!receipt || receipt.serviceId !== event.params.serviceId) redirect(303, '/apply/status');
  const service = await api<PublicService>(
    event,
    `/api/public/services/${encodeURIComponent(receipt.serviceId)}`,
  );
  const tenant = service.ok
    ? service.data.tenants.find((t) => t.id === receipt.tenantId)
    : undefined;
  return {
    receipt,
    title: service.ok ? service.data.title : { ka: receipt.serviceId, en: receipt.serviceId },
    tenant: tenant ?? { id: receipt.tenantId, nameKa: receipt.tenantId, nameEn: receipt.tenantId },
  };
};
