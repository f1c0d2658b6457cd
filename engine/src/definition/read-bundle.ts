// Parses and schema-checks the JSON files of a bundle and gathers its guide.
// Every problem becomes a diagnostic; the result holds what could be read.

import { LIMITS } from '../bpmn/limits.ts';
import type { FormFile } from '../generated/form.ts';
import type { ScenarioFile } from '../generated/scenario.ts';
import type { ServiceFile } from '../generated/service.ts';
import formSchema from '../schemas/form.schema.json' with { type: 'json' };
import scenarioSchema from '../schemas/scenario.schema.json' with { type: 'json' };
import serviceSchema from '../schemas/service.schema.json' with { type: 'json' };
import type { Bundle } from './bundle.ts';
import type { Diagnostics } from './diagnostics.ts';
import { jsonDepth, MAX_JSON_DEPTH } from './json-depth.ts';
import { validateJson } from './validate-json.ts';

export interface ReadBundle {
  service?: ServiceFile;
  bpmn?: string;
  forms: Record<string, FormFile>;
  scenarios: Record<string, ScenarioFile>;
  /** Guide text by element id ('service' for the service as a whole). */
  guide: Record<string, { ka?: string; en?: string; file: string }>;
}

const FORM = /^forms\/([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\.form\.json$/;
const SCENARIO = /^scenarios\/([A-Za-z0-9_-]+)\.json$/;
const GUIDE = /^guide\/([A-Za-z_][\w.-]*)\.(ka|en)\.md$/;

function parseJson(file: string, text: string, schema: object, d: Diagnostics): unknown {
  if (text.length > LIMITS.jsonChars) {
    d.add('BUNDLE_LIMIT', { path: file }, { limit: `${LIMITS.jsonChars} characters per file` });
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    d.add(
      'JSON_SYNTAX',
      { path: file },
      { detail: error instanceof Error ? error.message : String(error) },
    );
    return undefined;
  }
  if (jsonDepth(value) > MAX_JSON_DEPTH) {
    d.add('BUNDLE_LIMIT', { path: file }, { limit: `JSON nesting depth ${MAX_JSON_DEPTH}` });
    return undefined;
  }
  const issues = validateJson(schema, value);
  for (const issue of issues) {
    d.add('SCHEMA_VIOLATION', { path: `${file}#${issue.pointer}` }, { ...issue });
  }
  return issues.length === 0 ? value : undefined;
}

export function readBundle(bundle: Bundle, d: Diagnostics): ReadBundle {
  const out: ReadBundle = { forms: {}, scenarios: {}, guide: {} };
  const files = Object.entries(bundle.files ?? {});
  if (files.length > LIMITS.files) {
    d.add('BUNDLE_LIMIT', { path: '' }, { limit: `${LIMITS.files} files` });
    return out;
  }
  for (const [file, text] of files.sort(([a], [b]) => (a < b ? -1 : 1))) {
    const form = FORM.exec(file);
    const scenario = SCENARIO.exec(file);
    const guide = GUIDE.exec(file);
    if (file === 'service.json') {
      out.service = parseJson(file, text, serviceSchema, d) as ServiceFile | undefined;
    } else if (file === 'process.bpmn') {
      out.bpmn = text;
    } else if (form) {
      const value = parseJson(file, text, formSchema, d) as FormFile | undefined;
      if (value) out.forms[form[1]!] = value;
    } else if (scenario) {
      const value = parseJson(file, text, scenarioSchema, d) as ScenarioFile | undefined;
      if (value) out.scenarios[scenario[1]!] = value;
    } else if (guide) {
      out.guide[guide[1]!] ??= { file };
      out.guide[guide[1]!]![guide[2] as 'ka' | 'en'] = text.slice(0, LIMITS.jsonChars);
    } else {
      d.add('BUNDLE_UNKNOWN_FILE', { path: file }, { file });
    }
  }
  if (!bundle.files?.['service.json'])
    d.add('BUNDLE_FILE_MISSING', { path: 'service.json' }, { file: 'service.json' });
  if (!bundle.files?.['process.bpmn'])
    d.add('BUNDLE_FILE_MISSING', { path: 'process.bpmn' }, { file: 'process.bpmn' });
  return out;
}
