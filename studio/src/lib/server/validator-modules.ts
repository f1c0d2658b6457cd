// Standalone form validators for the designer's previews and Try it. The
// browser may not compile schemas (the CSP forbids eval), so the studio's
// server generates each form's module with @saqme/forms and serves it from
// this origin, where `script-src 'self'` admits it. Kept in memory by hash.

import { createHash } from 'node:crypto';
import { checkForm, type FormDiagnostic, type FormFile } from '@saqme/forms';

// Loaded by a computed specifier so svelte-check does not type-check forms'
// Node-only generator under the studio's bundler settings (it reads ajv's
// CommonJS default export differently); the shape used here is this one.
const STANDALONE = '@saqme/forms/standalone';
interface Standalone {
  generateStandalone(form: FormFile): Promise<string>;
}

export type ValidatorModule =
  | { ok: true; hash: string }
  | { ok: false; diagnostics: FormDiagnostic[] };

export interface ValidatorStore {
  /** Checks the form and generates its module on first use; the module is then served by hash. */
  validatorModule(form: unknown): Promise<ValidatorModule>;
  moduleCode(hash: string): string | undefined;
}

/** A store of generated modules, the oldest evicted past `max`. */
export function validatorStore(max: number): ValidatorStore {
  const modules = new Map<string, string>();
  return {
    async validatorModule(form) {
      const check = checkForm(form);
      if (!check.ok) return { ok: false, diagnostics: check.diagnostics };
      const hash = createHash('sha256').update(JSON.stringify(form)).digest('hex').slice(0, 32);
      if (!modules.has(hash)) {
        const { generateStandalone } = (await import(/* @vite-ignore */ STANDALONE)) as Standalone;
        const code = await generateStandalone(form as FormFile);
        if (modules.size >= max) modules.delete(modules.keys().next().value!);
        modules.set(hash, code);
      }
      return { ok: true, hash };
    },
    moduleCode: (hash) => modules.get(hash),
  };
}

/** The staff's store: drafts in the designer and published task forms. */
export const { validatorModule, moduleCode } = validatorStore(200);
