// The form's validator on both sides: compiled with ajv while the server
// renders, and the published form's standalone module in the browser, where
// the CSP forbids compiling. (import.meta.env.SSR is fixed at build time, so
// the browser's bundle holds no ajv.)
import type { FormValidator } from '@saqme/forms';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => {
  if (!data.form) return { ...data, validator: null };
  const validator: FormValidator = import.meta.env.SSR
    ? (await import('@saqme/forms')).formValidator(data.form)
    : ((await import(/* @vite-ignore */ data.validatorUrl)) as { default: FormValidator }).default;
  return { ...data, validator };
};
