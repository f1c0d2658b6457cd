// Adds the form's validator: ajv on the server while rendering, the
// standalone module (no eval, allowed by the CSP) in the browser.
import type { FormValidator } from '@saqme/forms';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => {
  const validator: FormValidator = import.meta.env.SSR
    ? (await import('$lib/public/server-validator.ts')).serverValidator(data.service.form)
    : ((await import(/* @vite-ignore */ data.validatorUrl)) as { default: FormValidator }).default;
  return { ...data, validator };
};
