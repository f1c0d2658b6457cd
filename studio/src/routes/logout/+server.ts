// Ends the session at the runtime and forgets the cookie.
import { redirect } from '@sveltejs/kit';
import { api } from '$lib/server/api.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
  await api(event, '/api/auth/logout', { method: 'POST', json: {} });
  event.cookies.delete('saqme_session', { path: '/' });
  redirect(303, '/login');
};
