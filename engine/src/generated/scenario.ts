// Generated from engine/src/schemas/scenario.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * The submission must be refused with exactly these field issues (any order); on a completeTask step the task stays open.
 *
 * @maxItems 100
 */
export type ScenarioExpectedIssues = ScenarioExpectedIssue[];

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
    /**
     * The case identity the runtime assigns (FEEL `case`); `service` defaults to the definition's service id.
     */
    case?: {
      id: string;
      number: string;
      tenant: string;
      service?: string;
      version?: number;
    };
    /**
     * Start form submissions refused before the case opens, each with the field issues it must get.
     *
     * @maxItems 100
     */
    invalid?: ScenarioInvalidStart[];
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
export interface ScenarioInvalidStart {
  title?: Localized;
  data: {
    [k: string]: unknown;
  };
  expectInvalid: ScenarioExpectedIssues;
}
export interface ScenarioExpectedIssue {
  /**
   * JSON Pointer of the field, e.g. /personalNumber.
   */
  path: string;
  /**
   * The validator's issue code: format, required, pattern, ...
   */
  code: string;
}
export interface ScenarioActionResult {
  output?: unknown;
  error?: {
    code: string;
    message?: string;
  };
  /**
   * The action keeps failing until its retries run out (an incident, never caught by an error boundary); `error` then gives the last failure.
   */
  exhausted?: boolean;
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
  title?: Localized;
  expectInvalid?: ScenarioExpectedIssues;
}
