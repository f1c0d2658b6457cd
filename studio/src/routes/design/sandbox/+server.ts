// From the designer to the sandbox: acts in the sandbox tenant (where the
// analyst holds clerk and supervisor) and opens its inbox. A plain form post,
// so it is the same tenant switch as the header's.
import { error, redirect } from '@sveltejs/kit';
import { api } from '$lib/server/api.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
  const result = await api(event, '/api/auth/tenant', {
    method: 'PUT',
    json: { tenantId: 'sandbox' },
  });
  if (!result.ok) error(result.problem.status, result.problem.title);
  redirect(303, '/inbox');
};
