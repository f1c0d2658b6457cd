// What a worker needs to run the procedure: the workflow entry and the
// bundler options that preload the engine, forms and the validator cache
// once per reusable V8 context.
import { fileURLToPath } from 'node:url';

export const PROCEDURE_TASK_QUEUE = 'procedures';

export interface ProcedureWorkerOptions {
  workflowsPath: string;
  reuseV8Context: true;
  bundlerOptions: { preloadModules: string[] };
}

export function procedureWorkerOptions(): ProcedureWorkerOptions {
  return {
    workflowsPath: fileURLToPath(new URL('./procedure.workflow.ts', import.meta.url)),
    reuseV8Context: true,
    bundlerOptions: {
      preloadModules: [fileURLToPath(new URL('./form-validators.ts', import.meta.url))],
    },
  };
}
