// Generated from engine/src/schemas/service.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * service.json: what a service is, who works on it and what it may call.
 */
export interface ServiceFile {
  $schema?: string;
  schemaVersion: 1;
  id: string;
  title: Localized;
  description?: Localized;
  /**
   * Citizens may apply online (the public /apply pages); an installation may still narrow the set, never widen it.
   */
  public?: boolean;
  /**
   * @maxItems 100
   */
  roles: {
    id: string;
    title: Localized;
  }[];
  /**
   * Key of the form (forms/<key>.form.json) filled in to open a case.
   */
  startForm: string;
  /**
   * Tenant ids allowed to run the service; ["*"] means every tenant.
   */
  tenants?: string[];
  sla?: {
    calendar?: 'calendar-days' | 'working-days';
    /**
     * Only Asia/Tbilisi (UTC+4 all year): the engine has no time-zone database in the workflow sandbox.
     */
    timezone?: 'Asia/Tbilisi';
    holidays?: string[];
  };
  /**
   * Actions (service-task implementations) the process may run, by name.
   */
  actions?: {
    [k: string]: {
      title: Localized;
      retry?: RetryPolicy;
      /**
       * JSON Schema of the action's output.
       */
      output?: {
        [k: string]: unknown;
      };
    };
  };
  /**
   * Ids of sub-services this one may start from call activities.
   */
  services?: string[];
}
export interface Localized {
  ka: string;
  en: string;
}
export interface RetryPolicy {
  maximumAttempts?: number;
  initialInterval?: string;
  backoffCoefficient?: number;
  maximumInterval?: string;
}
