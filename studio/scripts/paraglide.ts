// Compiles the ka/en message catalogues into src/lib/paraglide so that
// svelte-check sees the generated modules without a Vite build. The inlang
// project loads its message-format plugin from node_modules by path: nothing
// is fetched at build time.
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from '../paraglide.config.ts';

await compile(paraglideOptions);
// The inlang SDK leaves a background timer that would keep Node alive ~30 s.
process.exit(0);
