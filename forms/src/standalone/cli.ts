// Publishes standalone validator modules: one `<name>.validator.js` per
// `*.form.json`, each checked with checkForm first.
//   node forms/src/standalone/cli.ts --input <file|dir>... --output <dir>
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkForm } from '../safety/check-form.ts';
import { generateStandalone } from './generate.ts';

const SUFFIX = '.form.json';

function sources(input: string): string[] {
  if (!statSync(input).isDirectory()) return [input];
  return readdirSync(input, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(SUFFIX))
    .sort()
    .map((f) => join(input, f));
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { input: { type: 'string', multiple: true }, output: { type: 'string' } },
  });
  if (!values.input?.length || !values.output) {
    console.error('usage: cli.ts --input <file|dir>... --output <dir>');
    return 2;
  }
  mkdirSync(values.output, { recursive: true });
  let failed = 0;
  for (const file of values.input.flatMap(sources)) {
    const form = JSON.parse(readFileSync(file, 'utf8'));
    const check = checkForm(form);
    if (!check.ok) {
      failed++;
      for (const d of check.diagnostics)
        console.error(`${file}#${d.path}: ${d.code} ${d.message.en}`);
      continue;
    }
    const out = join(values.output, `${basename(file, SUFFIX)}.validator.js`);
    writeFileSync(out, await generateStandalone(form));
    console.log(`${file} -> ${out}`);
  }
  return failed > 0 ? 1 : 0;
}

if (import.meta.main) process.exitCode = await main();
