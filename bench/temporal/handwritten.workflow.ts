// The same ten steps as a hand-written Temporal workflow: the business,
// projection and audit activities the generic procedure calls, without the
// engine. The benchmark's baseline.

import type { ProcedureActivities } from '@saqme/workflows';
import { proxyActivities } from '@temporalio/workflow';

const STEPS = 10;
const business = proxyActivities<ProcedureActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { maximumAttempts: 3 },
});
const projections = proxyActivities<ProcedureActivities>({ startToCloseTimeout: '10 seconds' });

export interface HandwrittenInput {
  caseId: string;
  tenantId: string;
}

export async function handwrittenTenSteps(input: HandwrittenInput): Promise<string> {
  const base = { caseId: input.caseId, tenantId: input.tenantId };
  const row = {
    ...base,
    serviceId: 'bench-ten-steps',
    version: 1,
    hash: 'handwritten',
    initiator: 'citizen-1',
  };
  let seq = 0;
  const at = () => new Date().toISOString();
  await projections.appendAudit([{ ...base, seq: ++seq, type: 'caseStarted', at: at() }]);
  // Projection and audit writes overlap the next business step, as the
  // generic workflow's projection lane does; the case ends when all are in.
  const writes: Promise<unknown>[] = [];
  for (let step = 1; step <= STEPS; step++) {
    const node = `Step_${step}`;
    await business.runAction({
      ...base,
      serviceId: 'bench-ten-steps',
      actionId: `${node}/1`,
      node,
      action: 'registry.record',
      input: { step },
      idempotencyKey: `${input.caseId}/${node}/1`,
    });
    const next = step < STEPS ? [`Step_${step + 1}`] : [];
    const status = step < STEPS ? 'running' : 'completed';
    writes.push(
      projections.projectCase({ ...row, status, currentSteps: next, seq: ++seq, at: at() }),
      projections.appendAudit([{ ...base, seq: ++seq, type: 'actionSucceeded', node, at: at() }]),
    );
  }
  await Promise.all(writes);
  await projections.appendAudit([{ ...base, seq: ++seq, type: 'caseCompleted', at: at() }]);
  return 'done';
}
