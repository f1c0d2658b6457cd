import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { paraglideOptions } from './paraglide.config.ts';

export default defineConfig({
  plugins: [paraglideVitePlugin(paraglideOptions), sveltekit()],
  // The server loads @saqme/forms from its source at run time: its validator
  // generator bundles forms' own files with esbuild, found by path.
  ssr: { external: ['@saqme/forms'] },
});
