// How much JavaScript a studio page makes the browser download, gzipped:
// SvelteKit's entry, the route's layouts and page with every chunk they
// import statically (what the page modulepreloads). The designer's modeler
// is a separate chunk loaded on demand; its cost is what it adds on top of
// the /design page. Builds the studio first (--no-build measures the last build).
// The budget: the inbox under 200 kB.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const studio = resolve(import.meta.dirname, '../../studio');
const output = join(studio, '.svelte-kit/output');
const client = join(output, 'client');

if (!process.argv.includes('--no-build')) {
  const vite = join(studio, 'node_modules/vite/bin/vite.js');
  const build = spawnSync(process.execPath, [vite, 'build'], { cwd: studio, stdio: 'ignore' });
  if (build.status !== 0) throw new Error('studio build failed');
}

const manifest = readFileSync(join(output, 'server/manifest-full.js'), 'utf8');
const entry = JSON.parse(
  `[${/client: \{[^}]*?imports:\[([^\]]*)\]/.exec(manifest)?.[1] ?? ''}]`,
) as string[];

/** The node indexes (layouts then leaf) of a route id, from the server manifest. */
function nodesOf(routeId: string): number[] | undefined {
  const at = manifest.indexOf(`id: "${routeId}"`);
  if (at < 0) return undefined;
  const page = /page: \{ layouts: \[([^\]]*)\], errors: \[[^\]]*\], leaf: (\d+) \}/.exec(
    manifest.slice(at),
  );
  if (!page) return undefined;
  const layouts = page[1]!.split(',').filter(Boolean).map(Number);
  return [...layouts, Number(page[2])];
}

function nodeImports(index: number): string[] {
  const text = readFileSync(join(output, `server/nodes/${index}.js`), 'utf8');
  return JSON.parse(/export const imports = (\[[^\]]*\]);/.exec(text)![1]!) as string[];
}

const STATIC = /(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const DYNAMIC = /import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

function references(file: string, pattern: RegExp): string[] {
  const text = readFileSync(join(client, file), 'utf8');
  return [...text.matchAll(pattern)].map((m) => posix.join(dirname(file), m[1]!));
}

/** Every file reachable through static imports. */
function closure(files: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const queue = [...files];
  while (queue.length) {
    const f = queue.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    queue.push(...references(f, STATIC));
  }
  return seen;
}

const gzipKb = (files: Iterable<string>) =>
  [...files].reduce(
    (sum, f) => sum + gzipSync(readFileSync(join(client, f)), { level: 9 }).length,
    0,
  ) / 1024;

function pageFiles(routeId: string): Set<string> {
  const nodes = nodesOf(routeId);
  if (!nodes) throw new Error(`no route ${routeId} in the build`);
  return closure([...entry, ...nodes.flatMap(nodeImports)]);
}

const inbox = pageFiles('/inbox');
const design = pageFiles('/design');
const lazy = [...design].flatMap((f) => references(f, DYNAMIC));
const modeler = [...closure(lazy)].filter((f) => !design.has(f));

const round = (n: number) => Math.round(n * 10) / 10;
console.log(`inbox page: ${inbox.size} files`);
console.log(
  `designer page: ${design.size} files; modeler chunks loaded on demand: ${modeler.length}`,
);
console.log(
  `RESULT studio inbox_js_kb=${round(gzipKb(inbox))} modeler_js_kb=${round(gzipKb(modeler))}`,
);
