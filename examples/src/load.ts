// Test helpers shared by the example suites: compiled bundles and parsed
// files, read once per process, and the form validator scenarios run with.
import {
  type Bundle,
  type CompileResult,
  compile,
  type ScenarioFile,
  type TaskValidator,
} from '@saqme/engine';
import { type FormFile, validate } from '@saqme/forms';
import { listExamples, loadExample } from './examples.ts';

export interface LoadedExample {
  id: string;
  bundle: Bundle;
  compiled: CompileResult;
  forms: Record<string, FormFile>;
  scenarios: Record<string, ScenarioFile>;
  /** @saqme/forms validation of this bundle's forms, as the simulator's `validateTask`. */
  validateTask: TaskValidator;
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
  const validateTask: TaskValidator = (key, data, { now }) => {
    const form = forms[key];
    if (!form) throw new Error(`${id} has no form ${key}`);
    const result = validate(form, data, 'en', { now });
    return result.ok ? [] : result.issues;
  };
  return { id, bundle, compiled: await compile(bundle), forms, scenarios, validateTask };
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
