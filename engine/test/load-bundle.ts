// Test helper: the fixture bundles as in-memory Bundles, read through Vite's
// import.meta.glob because engine code (tests included) uses no Node built-ins.
import type { Bundle } from '../src/index.ts';

const raw = import.meta.glob('./fixtures/**/*.*', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export function loadBundle(name: string): Bundle {
  const prefix = `./fixtures/${name}/`;
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(raw)) {
    if (path.startsWith(prefix)) files[path.slice(prefix.length)] = text;
  }
  return { files };
}

/** Names of fixture bundles under a folder, e.g. 'diagnostics'. */
export function fixtureNames(folder: string): string[] {
  const names = new Set<string>();
  for (const path of Object.keys(raw)) {
    const m = path.match(new RegExp(`^\\./fixtures/${folder}/([^/]+)/`));
    if (m?.[1]) names.add(`${folder}/${m[1]}`);
  }
  return [...names].sort();
}
