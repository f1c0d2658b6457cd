// Following an application: by case number and status token (a form that
// works without JavaScript), and, for an identified citizen, the list of
// their own cases in every organisation.
import { fail } from '@sveltejs/kit';
import type { PublicCaseStatus } from '$lib/api/generated/public-case-status.ts';
import { m } from '$lib/paraglide/messages.js';
import { identityOf } from '$lib/public/public-api.server.ts';
import { readReceipt } from '$lib/public/receipt.server.ts';
import { api } from '$lib/server/api.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const identity = await identityOf(event);
  const mine = identity.ok
    ? await api<{ items: PublicCaseStatus[] }>(event, '/api/public/cases')
    : undefined;
  const receipt = readReceipt(event.cookies);
  return {
    identity,
    mine: mine?.ok ? mine.data.items : [],
    // The application just made in this browser fills the form in.
    remembered: receipt
      ? { number: receipt.number, token: receipt.statusToken }
      : { number: '', token: '' },
  };
};

type Field = 'number' | 'token';

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const values = {
      number: String(form.get('number') ?? '').trim(),
      token: String(form.get('token') ?? '').trim(),
    };
    const errors: Partial<Record<Field, string>> = {};
    if (!values.number) errors.number = m.error_required();
    if (!values.token) errors.token = m.error_required();
    if (Object.keys(errors).length) return fail(400, { values, errors, message: '', status: null });
    const result = await api<PublicCaseStatus>(event, '/api/public/status', {
      method: 'POST',
      json: values,
    });
    if (result.ok) return { values, errors, message: '', status: result.data };
    for (const issue of result.problem.issues) {
      const field = issue.path.replace(/^\//, '');
      if (field === 'number' || field === 'token') errors[field] = m.pub_status_malformed();
    }
    return fail(result.problem.status, {
      values,
      errors,
      message: Object.keys(errors).length ? '' : result.problem.title,
      status: null,
    });
  },
};
