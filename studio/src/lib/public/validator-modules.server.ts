// Standalone validators of the public start forms, served from this origin so
// a citizen's browser checks the form before sending it without eval (the
// CSP forbids it). A store of their own: only forms the runtime published as
// public get here, never the designer's drafts behind staff sign-in.
import type { FormFile } from '@saqme/forms';
import { validatorStore } from '$lib/server/validator-modules.ts';

const store = validatorStore(100);

/** The module's URL under /apply/validators/, generating it on first use. */
export async function publicValidatorUrl(form: FormFile): Promise<string> {
  const module = await store.validatorModule(form);
  if (!module.ok)
    throw new Error(`a published start form fails its check: ${module.diagnostics[0]?.code}`);
  return `/apply/validators/${module.hash}.js`;
}

export const publicValidatorCode = store.moduleCode;
