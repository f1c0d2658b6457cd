// The browser's side of the studio's validator modules: one module per form
// text, imported from this origin (no eval, so the CSP holds).
import type { FormDiagnostic, FormFile, FormValidator } from '@saqme/forms';

export type LoadedValidator =
  | { ok: true; validator: FormValidator }
  | { ok: false; diagnostics: FormDiagnostic[] };

const cache = new Map<string, Promise<LoadedValidator>>();

async function load(text: string): Promise<LoadedValidator> {
  const response = await fetch('/design/validators', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ form: JSON.parse(text) as FormFile }),
  });
  const body = (await response.json()) as { url?: string; diagnostics?: FormDiagnostic[] };
  if (!response.ok || !body.url) return { ok: false, diagnostics: body.diagnostics ?? [] };
  const module = (await import(/* @vite-ignore */ body.url)) as { default: FormValidator };
  return { ok: true, validator: module.default };
}

export function validatorFor(form: FormFile): Promise<LoadedValidator> {
  const text = JSON.stringify(form);
  let pending = cache.get(text);
  if (!pending) {
    pending = load(text);
    cache.set(text, pending);
  }
  return pending;
}
