// What the driver records about an engine event: the audit entry's node and
// data, and the event a message signal becomes.
import type { CaseState, EngineEvent } from '@saqme/engine';
import type { MessageSignal } from './generated/requests.ts';

export function messageEvent(signal: MessageSignal): EngineEvent {
  return { type: 'messageReceived', name: signal.name, data: signal.data ?? null };
}

export function eventNode(state: CaseState, event: EngineEvent): string | undefined {
  const id =
    'taskId' in event
      ? event.taskId
      : 'actionId' in event
        ? event.actionId
        : 'childId' in event
          ? event.childId
          : 'timerId' in event
            ? event.timerId
            : undefined;
  return id?.slice(0, id.lastIndexOf('/')) ?? state.path.at(-1)?.node;
}

export function auditData(event: EngineEvent): unknown {
  if (event.type === 'taskCompleted') return { taskId: event.taskId, data: event.data };
  if (event.type === 'actionFailed' || event.type === 'actionExhausted')
    return { actionId: event.actionId, error: event.error };
  if (event.type === 'childFailed') return { childId: event.childId, error: event.error };
  if (event.type === 'childCompleted' && event.error)
    return { childId: event.childId, error: event.error };
  if (event.type === 'messageReceived') return { name: event.name };
  if (event.type === 'incidentResolved')
    return { actionId: event.actionId, resolution: event.resolution };
  if (event.type === 'cancelCase') return { reason: event.reason ?? null };
  return undefined;
}
