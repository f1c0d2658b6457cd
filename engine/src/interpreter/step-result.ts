// What start() and step() return. An event that does not apply to the state
// (a closed task, an unknown timer) is a rejection value, never a throw.
import type { Localized } from '../expression/localized.ts';
import type { EngineCommand } from '../generated/command.ts';
import type { CaseState } from '../generated/state.ts';

export interface Rejection {
  code: string;
  path: string;
  message: Localized;
}

export interface StepResult {
  state: CaseState;
  commands: EngineCommand[];
  rejected?: Rejection;
}
