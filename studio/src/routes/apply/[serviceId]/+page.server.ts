// One public service: choose the organisation (a plain GET form), then fill in
// the start form, which posts here as multipart and works without
// JavaScript. The form is checked here first (same validator as the
// runtime), then the runtime opens the case as the identified citizen; its
// refusals come back as field errors or a message.

import { type FormFile, readSubmission } from '@saqme/forms';
import { error, fail, redirect } from '@sveltejs/kit';
import type { PublicCaseReceipt } from '$lib/api/generated/public-case-receipt.ts';
import type { PublicService } from '$lib/api/generated/public-service.ts';
import { formIssues } from '$lib/api/problem-issues.ts';
import { getLocale } from '$lib/paraglide/runtime.js';
import { identityOf, postApplication } from '$lib/public/public-api.server.ts';
import { keepReceipt } from '$lib/public/receipt.server.ts';
import { publicValidatorUrl } from '$lib/public/validator-modules.server.ts';
import { api } from '$lib/server/api.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function serviceOf(event: Pick<RequestEvent, 'fetch' | 'params'>) {
  const result = await api<PublicService>(
    event,
    `/api/public/services/${encodeURIComponent(event.params.serviceId)}`,
  );
  if (!result.ok) error(result.problem.status === 404 ? 404 : 502, result.problem.title);
  const service = result.data;
  // The page names the service in its own heading; the form's title would repeat it.
  const { title: _title, ...form } = service.form as unknown as FormFile;
  return { service, form: form as FormFile };
}

/** The organisation from ?tenant=, or the only one when a single organisation offers the service. */
function chosenTenant(service: PublicService, url: URL): string | undefined {
  const asked = url.searchParams.get('tenant');
  if (asked && service.tenants.some((t) => t.id === asked)) return asked;
  return service.tenants.length === 1 ? service.tenants[0]!.id : undefined;
}

export const load: PageServerLoad = async (event) => {
  const [{ service, form }, identity] = await Promise.all([serviceOf(event), identityOf(event)]);
  return {
    service: { ...service, form },
    identity,
    tenant: chosenTenant(service, event.url),
    validatorUrl: await publicValidatorUrl(form),
  };
};

export const actions: Actions = {
  default: async (event) => {
    const { service, form } = await serviceOf(event);
    const tenant = chosenTenant(service, event.url);
    if (!tenant) redirect(303, `/apply/${service.id}`);
    const formData = await event.request.formData();
    const read = readSubmission<Record<string, unknown>>(form, formData, getLocale());
    if (read.kind === 'changed') return { values: read.values, issues: [], message: '' };
    if (read.kind === 'invalid')
      return fail(400, { values: read.values, issues: read.issues, message: '' });
    const values = read.value;
    formData.set('tenantId', tenant);
    const result = await postApplication<PublicCaseReceipt>(
      event,
      `/api/public/services/${encodeURIComponent(service.id)}/cases`,
      formData,
    );
    if (!result.ok) {
      const issues = formIssues(result.problem.issues);
      const message = issues.length ? '' : result.problem.title;
      return fail(result.problem.status, { values, issues, message });
    }
    keepReceipt(event.cookies, result.data);
    redirect(303, `/apply/${service.id}/submitted`);
  },
};
