// Generated from engine/src/schemas/scenario.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * scenarios/<name>.json: a start form, scripted events and the passing of time, and the expected path and outcome.
 */
export interface ScenarioFile {
  $schema?: string;
  schemaVersion: 1;
  title: Localized;
  start: {
    /**
     * Virtual clock at start (ISO-8601 instant).
     */
    at: string;
    /**
     * Start form data.
     */
    data: {
      [k: string]: unknown;
    };
  };
  /**
   * Default results of actions by name, used whenever the process runs one.
   */
  actions?: {
    [k: string]: ScenarioActionResult;
  };
  /**
   * @maxItems 10000
   */
  steps?: ScenarioStep[];
  expect: {
    /**
     * Element ids visited, in order.
     */
    path?: string[];
    outcome?: string;
    status?: 'completed' | 'running' | 'cancelled';
    /**
     * Variables expected at the end (a subset match).
     */
    variables?: {
      [k: string]: unknown;
    };
  };
}
export interface Localized {
  ka: string;
  en: string;
}
export interface ScenarioActionResult {
  output?: unknown;
  error?: {
    code: string;
    message?: string;
  };
}
export interface ScenarioStep {
  do: 'completeTask' | 'message' | 'wait' | 'action' | 'child' | 'cancel';
  /**
   * Element id of the task, service task or call activity.
   */
  node?: string;
  data?: {
    [k: string]: unknown;
  };
  /**
   * Message name.
   */
  name?: string;
  /**
   * ISO-8601 duration to advance the clock.
   */
  duration?: string;
  result?: ScenarioActionResult;
}
