// Test helpers shared by the example suites: compiled bundles, parsed files
// and the invalid-input fixtures, read once per process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Bundle, type CompileResult, compile, type ScenarioFile } from '@saqme/engine';
import type { FormFile } from '@saqme/forms';
import { EXAMPLES_DIR, listExamples, loadExample } from './examples.ts';

export interface InvalidInput {
  scenario: string;
  /** 'start' for the start form, otherwise the user task's element id. */
  node: string;
  title: { ka: string; en: string };
  data: Record<string, unknown>;
  issues: { path: string; code: string }[];
}

export interface LoadedExample {
  id: string;
  bundle: Bundle;
  compiled: CompileResult;
  forms: Record<string, FormFile>;
  scenarios: Record<string, ScenarioFile>;
  invalid: InvalidInput[];
}

const cache = new Map<string, Promise<LoadedExample>>();

async function read(id: string): Promise<LoadedExample> {
  const bundle = loadExample(id);
  const forms: Record<string, FormFile> = {};
  const scenarios: Record<string, ScenarioFile> = {};
  for (const [path, text] of Object.entries(bundle.files)) {
    const form = /^forms\/(.+)\.form\.json$/.exec(path);
    const scenario = /^scenarios\/(.+)\.json$/.exec(path);
    if (form) forms[form[1]!] = JSON.parse(text) as FormFile;
    if (scenario) scenarios[scenario[1]!] = JSON.parse(text) as ScenarioFile;
  }
  const fixture = join(EXAMPLES_DIR, 'test', 'invalid-input', `${id}.json`);
  const invalid = JSON.parse(readFileSync(fixture, 'utf8')) as InvalidInput[];
  return { id, bundle, compiled: await compile(bundle), forms, scenarios, invalid };
}

export function example(id: string): Promise<LoadedExample> {
  let hit = cache.get(id);
  if (!hit) {
    hit = read(id);
    cache.set(id, hit);
  }
  return hit;
}

export const ids = listExamples().map((e) => e.id);

/** The form a scenario step fills in: the start form, or the user task's form. */
export function formOf(ex: LoadedExample, node: string): string {
  const definition = ex.compiled.definition;
  if (!definition) throw new Error(`${ex.id} does not compile`);
  const key = node === 'start' ? definition.service.startForm : definition.nodes[node]?.form;
  if (!key) throw new Error(`${ex.id}: ${node} is neither 'start' nor a user task`);
  return key;
}
