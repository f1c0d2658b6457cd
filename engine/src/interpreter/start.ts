// start(definition, input, now): a new case, run until its first wait states.
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
    variables: { [definition.service.startVariable]: structuredData(input.data) },
    visits: {},
    tokens: [],
    joins: {},
    path: [],
  };
  const machine = new Machine(definition, state, now);
  machine.arrive(definition.start);
  machine.run();
  return { state, commands: machine.commands };
}

/** A private JSON copy, so later changes by the caller do not reach the state. */
export function structuredData<T>(value: T): T {
  return value === undefined ? (null as T) : (JSON.parse(JSON.stringify(value)) as T);
}
