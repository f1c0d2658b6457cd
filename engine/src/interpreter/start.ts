// start(definition, input, now): a new case, run until its first wait states.
import { jsonDepth, MAX_JSON_DEPTH } from '../definition/json-depth.ts';
import { validateJson } from '../definition/validate-json.ts';
import type { Definition } from '../generated/definition.ts';
import type { CaseIdentity, CaseState } from '../generated/state.ts';
import stateSchema from '../schemas/state.schema.json' with { type: 'json' };
import { type EngineFeatures, LATEST_FEATURES } from './features.ts';
import { Machine } from './machine.ts';
import type { StepResult } from './step-result.ts';

export interface StartInput {
  /** The start form's data; stored under the start form's variable. */
  data: Record<string, unknown>;
  /** Who the case is (id, human number, tenant, service): kept in the state and read by FEEL as `case`. */
  case?: CaseIdentity;
}

export function start(
  definition: Definition,
  input: StartInput,
  now: string,
  features: EngineFeatures = LATEST_FEATURES,
): StepResult {
  const state: CaseState = {
    schemaVersion: 1,
    definitionHash: definition.hash,
    serviceId: definition.service.id,
    status: 'running',
    variables: {},
    visits: {},
    tokens: [],
    joins: {},
    path: [],
  };
  if (jsonDepth(input.data) > MAX_JSON_DEPTH) {
    // Hostile start data: the case never runs, and the caller learns why.
    state.status = 'cancelled';
    const message = {
      ka: `საწყისი მონაცემები ${MAX_JSON_DEPTH} დონეზე ღრმადაა ჩადგმული`,
      en: `The start data is nested deeper than ${MAX_JSON_DEPTH} levels`,
    };
    return { state, commands: [], rejected: { code: 'DATA_TOO_DEEP', path: 'data', message } };
  }
  if (input.case !== undefined) {
    const issues = validateJson(stateSchema.$defs.CaseIdentity, input.case);
    if (issues.length > 0) {
      state.status = 'cancelled';
      const message = {
        ka: `საქმის იდენტიფიკაცია არასწორია: ${issues[0]!.pointer || '/'}`,
        en: `The case identity is invalid: ${issues[0]!.pointer || '/'} (${issues[0]!.keyword})`,
      };
      return { state, commands: [], rejected: { code: 'INVALID_CASE', path: 'case', message } };
    }
    state.case = structuredData(input.case);
  }
  state.variables[definition.service.startVariable] = structuredData(input.data);
  const machine = new Machine(definition, state, now, features);
  machine.arrive(definition.start);
  machine.run();
  return { state, commands: machine.commands };
}

/** A private JSON copy, so later changes by the caller do not reach the state. */
export function structuredData<T>(value: T): T {
  return value === undefined ? (null as T) : (JSON.parse(JSON.stringify(value)) as T);
}
