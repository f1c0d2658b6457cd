// Generated from workflows/src/schemas/procedure-input.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * What starts one case of the generic `procedure` workflow.
 */
export interface ProcedureInput {
  definition: ServiceRef;
  caseId: string;
  /**
   * The human case number (e.g. MR-2026-000123); with it, FEEL sees the case identity as `case`.
   */
  caseNumber?: string;
  tenantId: string;
  /**
   * User id of whoever started the case.
   */
  initiator: string;
  /**
   * The start form's data.
   */
  data: {
    [k: string]: unknown;
  };
  /**
   * Set when the case is a call activity of another case.
   */
  parent?: {
    caseId: string;
    node: string;
  };
  clock?: CaseClockOptions;
  limits?: {
    /**
     * Continue as new past this history length even before the server suggests it.
     */
    historyEvents?: number;
    /**
     * How long one attempt of an action may run before Temporal retries it (start-to-close); 300 by default. A lost worker's attempts are retried after this.
     */
    actionTimeoutSeconds?: number;
  };
}
/**
 * A published service; version and hash pin it. A call activity names only the service and is pinned when its case loads the definition.
 */
export interface ServiceRef {
  serviceId: string;
  version?: number;
  hash?: string;
}
/**
 * The case's clock: the workflow clock by default. Scenario runs start it at the scenario's instant and either run it faster (virtual time = origin + elapsed x speed) or hold it still (manual) and move it with the advanceClock signal, so SLA paths take seconds on a real server. Timers stay real Temporal timers either way.
 */
export interface CaseClockOptions {
  origin?: string;
  speed?: number;
  /**
   * Hold the clock at origin; only the advanceClock signal moves it. For scenario runs.
   */
  manual?: boolean;
}
