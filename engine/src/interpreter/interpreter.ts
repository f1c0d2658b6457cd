// The interpreter bound to one definition: start(input, now) and
// step(state, event, now), the shape a driver (Temporal workflow, simulator)
// holds once it has loaded a definition.

import type { Definition } from '../generated/definition.ts';
import type { EngineEvent } from '../generated/event.ts';
import type { CaseState } from '../generated/state.ts';
import type { EngineFeatures } from './features.ts';
import { type StartInput, start } from './start.ts';
import { step } from './step.ts';
import type { StepResult } from './step-result.ts';

export interface Interpreter {
  definition: Definition;
  start(input: StartInput, now: string, features?: EngineFeatures): StepResult;
  step(state: CaseState, event: EngineEvent, now: string, features?: EngineFeatures): StepResult;
}

export function interpreter(definition: Definition): Interpreter {
  return {
    definition,
    start: (input, now, features) => start(definition, input, now, features),
    step: (state, event, now, features) => step(definition, state, event, now, features),
  };
}
