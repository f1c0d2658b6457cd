// Standalone validators of the public start forms, served from this origin so
// a citizen's browser checks the form before sending it without eval (the
// CSP forbids it). Only forms the runtime published as public get here; the
// designer's draft validators live in their own store behind staff sign-in.
import { createHash } from 'node:crypto';
import type { FormFile } from '@saqme/forms';

// A computed specifier keeps svelte-check from type-checking forms' Node-only
// generator under the studio's bundler settings.
const STANDALONE = '@saqme/forms/standalone';
interface Standalone {
  generateStandalone(form: FormFile): Promise<string>;
}

const MAX_MODULES = 100;
const modules = new Map<string, string>();

/** The module's URL under /apply/validators/, generating it on first use. */
export async function publicValidatorUrl(form: FormFile): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify(form)).digest('hex').slice(0, 32);
  if (!modules.has(hash)) {
    const { generateStandalone } = (await import(/* @vite-ignore */ STANDALONE)) as Standalone;
    const code = await generateStandalone(form);
    if (modules.size >= MAX_MODULES) modules.delete(modules.keys().next().value!);
    modules.set(hash, code);
  }
  return `/apply/validators/${hash}.js`;
}

export function publicValidatorCode(hash: string): string | undefined {
  return modules.get(hash);
}
