// The one workflow that runs every published service: loads the pinned
// definition once (recorded in history) and drives the engine to the end.
import {
  ApplicationFailure,
  allHandlersFinished,
  CancellationScope,
  condition,
  continueAsNew,
  isCancellation,
  proxyActivities,
  workflowInfo,
} from '@temporalio/workflow';
import type { ProcedureActivities } from './activities.ts';
import { CaseClock } from './case-clock.ts';
import { type CaseContinuation, CaseDriver } from './case-driver.ts';
import type { CaseResult } from './generated/case-result.ts';
import type { ProcedureInput } from './generated/procedure-input.ts';
import { registerHandlers, registerStartingQueries } from './handlers.ts';

const { loadDefinition } = proxyActivities<ProcedureActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { maximumAttempts: 10 },
});

export async function procedure(
  input: ProcedureInput,
  continuation?: CaseContinuation,
): Promise<CaseResult> {
  registerStartingQueries(input);
  const loaded = continuation?.loaded ?? (await loadDefinition(input.definition, input.tenantId));
  const pinned = input.definition;
  if (
    (pinned.hash !== undefined && pinned.hash !== loaded.ref.hash) ||
    loaded.definition.hash !== loaded.ref.hash
  ) {
    throw ApplicationFailure.create({
      type: 'DEFINITION_MISMATCH',
      message: `definition ${pinned.serviceId}@${pinned.version ?? '?'} does not have hash ${pinned.hash ?? loaded.ref.hash}`,
      nonRetryable: true,
    });
  }
  const driver = new CaseDriver(input, loaded, new CaseClock(input.clock, Date.now()));
  if (continuation) driver.resume(continuation);
  else driver.begin();
  registerHandlers(driver);

  const limit = input.limits?.historyEvents;
  const tooLong = () => {
    const info = workflowInfo();
    return info.continueAsNewSuggested || (limit !== undefined && info.historyLength > limit);
  };
  for (;;) {
    try {
      await condition(() => driver.finished || (tooLong() && driver.effects.quiescent()));
    } catch (error) {
      if (!isCancellation(error)) throw error;
      await CancellationScope.nonCancellable(async () => {
        // Torn down from outside (a parent moved on): no handler could finish in a cancelled workflow.
        if (!driver.finished)
          driver.dispatch({ type: 'cancelCase', reason: 'workflow cancelled', compensate: false });
        await driver.effects.settled();
        await driver.lane.drained();
      });
      return driver.result();
    }
    if (driver.finished) {
      await driver.effects.settled();
      await driver.lane.drained();
      await condition(allHandlersFinished);
      break;
    }
    const writes = await driver.lane.handOver();
    await condition(allHandlersFinished);
    if (driver.effects.quiescent()) {
      return await continueAsNew<typeof procedure>(
        { ...input, definition: loaded.ref, clock: driver.clock.carry(Date.now()) },
        driver.continuation(writes),
      );
    }
    driver.lane.resume();
  }
  return driver.result();
}
