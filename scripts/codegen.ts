// Types come from schemas: writes one TypeScript file per JSON Schema with
// json-schema-to-typescript. A `*.schema.json` is a schema; a `*.form.json`
// contributes its `schema` member (the form's data).
//   node scripts/codegen.ts --input <file|dir>... --output <dir>
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

const SUFFIXES = ['.schema.json', '.form.json'] as const;
const BANNER = '// Generated from ';
const root = resolve(import.meta.dirname, '..');

function sources(input: string): string[] {
  if (!statSync(input).isDirectory()) return [input];
  return readdirSync(input, { recursive: true, encoding: 'utf8' })
    .filter((f) => SUFFIXES.some((s) => f.endsWith(s)))
    .sort()
    .map((f) => join(input, f));
}

function typeName(file: string): string {
  const stem = SUFFIXES.reduce((n, s) => n.replace(s, ''), basename(file));
  return stem.replace(/(^|[-_.\s]+)(\w)/g, (_, __, c: string) => c.toUpperCase());
}

export async function generate(file: string): Promise<string> {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  const schema = (file.endsWith('.form.json') ? json.schema : json) as JSONSchema;
  const source = relative(root, file);
  return compile(schema, typeName(file), {
    bannerComment: `${BANNER}${source} by scripts/codegen.ts. Do not edit: change the schema and run \`pnpm codegen\`.`,
    cwd: dirname(file),
    unknownAny: true,
    style: { singleQuote: true, printWidth: 100 },
  });
}

async function main() {
  const { values } = parseArgs({
    options: { input: { type: 'string', multiple: true }, output: { type: 'string' } },
  });
  if (!values.input?.length || !values.output) {
    console.error('usage: codegen --input <file|dir>... --output <dir>');
    process.exit(2);
  }
  mkdirSync(values.output, { recursive: true });
  const written = new Set<string>();
  for (const file of values.input.flatMap(sources)) {
    const name = `${SUFFIXES.reduce((n, s) => n.replace(s, ''), basename(file))}.ts`;
    writeFileSync(join(values.output, name), await generate(file));
    written.add(name);
    console.log(`${relative(root, file)} -> ${name}`);
  }
  // A removed schema leaves its generated file behind; drop only files we made.
  for (const name of readdirSync(values.output)) {
    const path = join(values.output, name);
    if (written.has(name) || !name.endsWith('.ts')) continue;
    if (!readFileSync(path, 'utf8').startsWith(BANNER)) continue;
    rmSync(path);
    console.log(`removed stale ${relative(root, path)}`);
  }
}

if (import.meta.main) await main();
