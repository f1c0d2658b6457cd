// The procedure's Updates, signals and queries: shared by the workflow and by
// the runtime's client code, so both agree on names and argument types.

import type { TimelineEntry } from '@saqme/engine';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { CaseView } from './generated/case-view.ts';
import type {
  CancelCaseRequest,
  CompleteTaskRequest,
  MessageSignal,
  ReassignTaskRequest,
  ResolveIncidentRequest,
  UpdateOutcome,
} from './generated/requests.ts';

export const PROCEDURE_WORKFLOW = 'procedure';

export const completeTaskUpdate = defineUpdate<UpdateOutcome, [CompleteTaskRequest]>(
  'completeTask',
);
export const reassignTaskUpdate = defineUpdate<UpdateOutcome, [ReassignTaskRequest]>(
  'reassignTask',
);
export const retryIncidentUpdate = defineUpdate<UpdateOutcome, [ResolveIncidentRequest]>(
  'retryIncident',
);
export const skipIncidentUpdate = defineUpdate<UpdateOutcome, [ResolveIncidentRequest]>(
  'skipIncident',
);
export const cancelIncidentUpdate = defineUpdate<UpdateOutcome, [ResolveIncidentRequest]>(
  'cancelIncident',
);
export const cancelCaseUpdate = defineUpdate<UpdateOutcome, [CancelCaseRequest]>('cancelCase');
export const messageSignal = defineSignal<[MessageSignal]>('message');
/** Scenario runs only: moves a manual case clock forward; ignored by any other case. */
export const advanceClockSignal = defineSignal<[{ to: string }]>('advanceClock');
export const stateQuery = defineQuery<CaseView>('state');
export const timelineQuery = defineQuery<TimelineEntry[]>('timeline');
