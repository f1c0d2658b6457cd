// Remembers the chosen language in a cookie and returns to the same page.
import { redirect } from '@sveltejs/kit';
import { cookieMaxAge, cookieName, isLocale } from '$lib/paraglide/runtime.js';
import { safeNext } from '$lib/server/safe-next.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
  const form = await event.request.formData();
  const locale = String(form.get('locale') ?? '');
  if (isLocale(locale)) {
    event.cookies.set(cookieName, locale, {
      path: '/',
      maxAge: cookieMaxAge,
      httpOnly: false,
      sameSite: 'lax',
    });
  }
  redirect(303, safeNext(form.get('next')?.toString()));
};
