// Generates, at publish time, one self-contained ES module per form that
// validates exactly as the server does, without compiling anything in the
// browser (no eval, no new Function: it runs under `script-src 'self'`).
// ajv's standalone code is bundled with our runtime, formats, messages and
// the engine's FEEL evaluator by esbuild. Server-side only (uses Node).
import { fileURLToPath } from 'node:url';
import { _ } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build, type Plugin } from 'esbuild';
import { createAjv } from '../compile/ajv.ts';
import { effectiveSchema } from '../compile/effective-schema.ts';
import { buildPlan } from '../compile/plan.ts';
import type { FormFile } from '../generated/form-file.ts';
import { checkLimits } from '../safety/limits.ts';

const FORMATS = 'saqme:formats';
const VALIDATORS = 'saqme:validators';
const ENTRY = 'saqme:entry';
const srcDir = fileURLToPath(new URL('..', import.meta.url));
const formatsFile = fileURLToPath(new URL('../formats/formats.ts', import.meta.url));
const runtimeFile = fileURLToPath(new URL('./runtime.ts', import.meta.url));
const feelFile = fileURLToPath(new URL('../compile/feel-condition.ts', import.meta.url));

/** ajv's generated code for the data schema and each condition schema. */
export function validatorCode(form: FormFile): { code: string; entry: string } {
  const over = checkLimits(form);
  if (over.length > 0)
    throw new Error(`Form exceeds the validator's limits: ${over[0]!.message.en}`);
  const ajv = createAjv({ source: true, esm: true, formats: _`require(${FORMATS}).formats` });
  const { plan, conditionSchemas } = buildPlan(form);
  const refs: Record<string, string> = { validateData: 'validateData' };
  ajv.addSchema(effectiveSchema(form, plan.fields), 'validateData');
  conditionSchemas.forEach((schema, i) => {
    ajv.addSchema(typeof schema === 'boolean' ? { not: !schema } : schema, `c${i}`);
    refs[`c${i}`] = `c${i}`;
  });
  const code = standaloneCode.default(ajv, refs);
  const conditions = conditionSchemas.map((_s, i) => `v.c${i}`).join(', ');
  const hasFeel = plan.conditions.some((c) => 'feel' in c);
  const entry = [
    `import * as v from ${JSON.stringify(VALIDATORS)};`,
    `import { createStandaloneValidator } from ${JSON.stringify(runtimeFile)};`,
    hasFeel ? `import { feelCondition } from ${JSON.stringify(feelFile)};` : '',
    `export const plan = ${JSON.stringify(plan)};`,
    `export const validator = createStandaloneValidator({ plan, validateData: v.validateData, schemaConditions: [${conditions}]${hasFeel ? ', feel: feelCondition' : ''} });`,
    'export const { validate, inspect } = validator;',
    'export default validator;',
  ].join('\n');
  return { code, entry };
}

function virtualModules(modules: Record<string, string>): Plugin {
  return {
    name: 'saqme-virtual',
    setup(b) {
      b.onResolve({ filter: /^saqme:/ }, (args) =>
        args.path === FORMATS ? { path: formatsFile } : { path: args.path, namespace: 'saqme' },
      );
      b.onLoad({ filter: /.*/, namespace: 'saqme' }, (args) => ({
        contents: modules[args.path],
        loader: 'js',
        resolveDir: srcDir,
      }));
    },
  };
}

/**
 * The module's source. It exports `validate(data, locale, options?)`,
 * `inspect(data, options?)`, both as `validator` (the default export), and `plan`.
 */
export async function generateStandalone(form: FormFile, options: { minify?: boolean } = {}) {
  const { code, entry } = validatorCode(form);
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: options.minify ?? true,
    legalComments: 'none',
    plugins: [virtualModules({ [ENTRY]: entry, [VALIDATORS]: code })],
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
