// One place for the paraglide compiler options, shared by Vite and the
// typecheck script. Georgian first: the cookie, then the base locale.
import { fileURLToPath } from 'node:url';

export const paraglideOptions = {
  project: fileURLToPath(new URL('./project.inlang', import.meta.url)),
  outdir: fileURLToPath(new URL('./src/lib/paraglide', import.meta.url)),
  strategy: ['cookie', 'baseLocale'] as ('cookie' | 'baseLocale')[],
  cookieName: 'saqme_lang',
};
