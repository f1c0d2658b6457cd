// A Try-it run is a scenario being written: each thing the analyst does
// appends a step, and the engine's simulator replays the whole scenario.
// Saving the run keeps the scenario with the path and outcome it reached.
import type {
  Definition,
  ScenarioActionResult,
  ScenarioFile,
  ScenarioStep,
  SimulationResult,
} from '@saqme/engine';
import { simulate } from '@saqme/engine';

export interface TryRun {
  at: string;
  data: Record<string, unknown>;
  actions: Record<string, ScenarioActionResult>;
  steps: ScenarioStep[];
}

export function scenarioOf(run: TryRun, expect: ScenarioFile['expect'] = {}): ScenarioFile {
  return {
    schemaVersion: 1,
    title: { ka: 'სცადე', en: 'Try it' },
    start: { at: run.at, data: run.data },
    ...(Object.keys(run.actions).length ? { actions: run.actions } : {}),
    steps: run.steps,
    expect,
  };
}

export function replay(definition: Definition, run: TryRun): SimulationResult {
  return simulate(definition, scenarioOf(run));
}

/** The run as a scenario file that expects what it reached. */
export function savedScenario(
  result: SimulationResult,
  run: TryRun,
  title: { ka: string; en: string },
): ScenarioFile {
  return {
    ...scenarioOf(run, {
      path: result.path,
      status: result.status,
      ...(result.outcome ? { outcome: result.outcome } : {}),
    }),
    title,
  };
}

/** Default action results: the first scenario's, else success with no output. */
export function defaultActions(
  definition: Definition,
  scenarios: Record<string, ScenarioFile>,
): Record<string, ScenarioActionResult> {
  const first = Object.values(scenarios)[0];
  const out: Record<string, ScenarioActionResult> = {};
  for (const name of Object.keys(definition.actions))
    out[name] = first?.actions?.[name] ?? { output: {} };
  return out;
}
