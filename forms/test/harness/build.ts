// Compiles the renderer for the browser tests with esbuild and the Svelte
// compiler: a server bundle for svelte/server's render, and a client bundle
// that hydrates the same markup. CSS is collected into one stylesheet so the
// page runs under a strict CSP with no inline styles or scripts.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { compile, type Warning } from 'svelte/compiler';

const forms = fileURLToPath(new URL('../..', import.meta.url));
export const outDir = join(forms, 'node_modules', '.cache', 'saqme-renderer');

function sveltePlugin(generate: 'server' | 'client', css: string[], warnings: Warning[]): Plugin {
  return {
    name: 'svelte',
    setup(b) {
      b.onLoad({ filter: /\.svelte$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const result = compile(source, { filename: args.path, generate, css: 'external' });
        if (result.css?.code) css.push(result.css.code);
        warnings.push(...result.warnings);
        return { contents: result.js.code, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}

export interface Bundles {
  /** Node module exporting the renderer, rendered with svelte/server. */
  serverModule: string;
  client: string;
  css: string;
  warnings: Warning[];
}

export async function buildRenderer(): Promise<Bundles> {
  const css: string[] = [];
  const warnings: Warning[] = [];
  const serverModule = join(outDir, 'server.js');
  await build({
    entryPoints: [join(forms, 'src/svelte/index.ts')],
    outfile: serverModule,
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    plugins: [sveltePlugin('server', [], warnings)],
    logLevel: 'silent',
  });
  const client = await build({
    stdin: {
      contents: `
        import { hydrate } from 'svelte';
        import { Form } from './src/svelte/index.ts';
        const props = JSON.parse(document.getElementById('form-props').textContent);
        const { validator } = await import(props.validatorUrl);
        delete props.validatorUrl;
        hydrate(Form, { target: document.getElementById('app'), props: { ...props, validator } });
        document.documentElement.dataset.hydrated = 'true';
      `,
      resolveDir: forms,
      loader: 'js',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['browser'],
    plugins: [sveltePlugin('client', css, [])],
    logLevel: 'silent',
  });
  return { serverModule, client: client.outputFiles[0]!.text, css: css.join('\n'), warnings };
}
