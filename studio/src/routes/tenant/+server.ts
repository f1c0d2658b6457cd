// Acts in another tenant where the user holds a role.
import { error, redirect } from '@sveltejs/kit';
import { api } from '$lib/server/api.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
  const form = await event.request.formData();
  const result = await api(event, '/api/auth/tenant', {
    method: 'PUT',
    json: { tenantId: String(form.get('tenantId') ?? '') },
  });
  if (!result.ok) error(result.problem.status, result.problem.title);
  redirect(303, '/');
};
