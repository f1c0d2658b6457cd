// Starts one case of a definition fixture with a test's own action script.
import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import type { LoadedDefinition } from '../../src/index.ts';
import { PROCEDURE_WORKFLOW, type ProcedureInput } from '../../src/index.ts';
import { type ActionScript, publish } from './memory-deps.ts';
import { SCENARIO_SPEED } from './run-scenario.ts';
import type { TestEnv } from './temporal.ts';

export async function startCase(
  env: TestEnv,
  loaded: LoadedDefinition,
  script: ActionScript,
  data: Record<string, unknown> = { applicantName: 'ნინო ბერიძე', personalNumber: '01001012345' },
): Promise<WorkflowHandle> {
  publish(env.deps, loaded);
  const caseId = `${loaded.ref.serviceId}-${randomUUID()}`;
  env.deps.scripts.set(caseId, script);
  const input: ProcedureInput = {
    definition: loaded.ref,
    caseId,
    tenantId: 'tbilisi',
    initiator: 'citizen-1',
    data,
    clock: { speed: SCENARIO_SPEED },
  };
  return env.client.workflow.start(PROCEDURE_WORKFLOW, {
    taskQueue: env.taskQueue,
    workflowId: caseId,
    args: [input],
  });
}
