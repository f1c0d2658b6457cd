// What a simulation is given and what it gives back.
import type { Localized } from '../expression/localized.ts';
import type { EngineCommand } from '../generated/command.ts';
import type { Definition } from '../generated/definition.ts';
import type { EngineEvent } from '../generated/event.ts';
import type { CaseState } from '../generated/state.ts';
import type { EngineFeatures } from '../interpreter/features.ts';
import type { CheckFailure } from './check.ts';
import type { TaskValidator } from './form-checks.ts';

export interface TimelineEntry {
  at: string;
  kind: 'event' | 'command' | 'rejected';
  detail: EngineEvent | EngineCommand | { code: string; message: Localized };
}

export interface SimulationResult {
  path: string[];
  timeline: TimelineEntry[];
  status: CaseState['status'];
  outcome?: string;
  state: CaseState;
  failures: CheckFailure[];
  ok: boolean;
}

export interface SimulateOptions {
  /** Record every event and command in the timeline (on by default; off for benchmarks). */
  timeline?: boolean;
  /** Compiled sub-services by id: call activities run them inline, answering their actions from the same scenario. */
  services?: Record<string, Definition>;
  /**
   * Validates form submissions (inject @saqme/forms; the engine does not import it).
   * With it, every start and task submission is checked as a driver would check it,
   * and `expectInvalid` steps are checked; without it, an `expectInvalid` step fails.
   */
  validateTask?: TaskValidator;
  /** Interpreter behaviours to run with (default: the latest, as a new case gets). */
  features?: EngineFeatures;
}
