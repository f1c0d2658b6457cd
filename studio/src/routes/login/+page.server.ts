// Sign-in through the runtime. Empty fields are refused here; the runtime's
// problem (wrong password, rate limit, tenant not granted) becomes the form's
// message, and its field issues land on the fields they name.
import { fail, redirect } from '@sveltejs/kit';
import type { SessionInfo } from '$lib/api/generated/session-info.ts';
import type { TenantList } from '$lib/api/generated/tenant-list.ts';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api.ts';
import { safeNext } from '$lib/server/safe-next.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  if (event.locals.session) redirect(303, safeNext(event.url.searchParams.get('next')));
  const tenants = await api<TenantList>(event, '/api/tenants');
  return { tenantChoices: tenants.ok ? tenants.data.items : [] };
};

type Field = 'username' | 'password' | 'tenantId';

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const tenantId = String(form.get('tenantId') ?? '');
    const values = { username, tenantId };
    const errors: Partial<Record<Field, string>> = {};
    if (!username) errors.username = m.error_required();
    if (!password) errors.password = m.error_required();
    if (Object.keys(errors).length) return fail(400, { values, errors, message: '' });

    const result = await api<SessionInfo>(event, '/api/auth/login', {
      method: 'POST',
      json: { username, password, ...(tenantId ? { tenantId } : {}) },
    });
    if (!result.ok) {
      for (const issue of result.problem.issues) {
        const field = issue.path.replace(/^\//, '') as Field;
        if (field === 'username' || field === 'password' || field === 'tenantId')
          errors[field] = issue.message;
      }
      return fail(result.problem.status, { values, errors, message: result.problem.title });
    }
    redirect(303, safeNext(form.get('next')?.toString() ?? null));
  },
};
