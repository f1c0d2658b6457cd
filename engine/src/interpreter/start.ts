// start(definition, input, now): a new case, run until its first wait states.
import { jsonDepth, MAX_JSON_DEPTH } from '../definition/json-depth.ts';
import type { Definition } from '../generated/definition.ts';
import type { CaseState } from '../generated/state.ts';
import { Machine } from './machine.ts';
import type { StepResult } from './step-result.ts';

export interface StartInput {
  /** The start form's data; stored under the start form's variable. */
  data: Record<string, unknown>;
}

export function start(definition: Definition, input: StartInput, now: string): StepResult {
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
  state.variables[definition.service.startVariable] = structuredData(input.data);
  const machine = new Machine(definition, state, now);
  machine.arrive(definition.start);
  machine.run();
  return { state, commands: machine.commands };
}

/** A private JSON copy, so later changes by the caller do not reach the state. */
export function structuredData<T>(value: T): T {
  return value === undefined ? (null as T) : (JSON.parse(JSON.stringify(value)) as T);
}
