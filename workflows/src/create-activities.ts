// Builds ProcedureActivities from the runtime's ports: a thin mapping, kept
// here so the runtime and the tests wire activities the same way.
import type { ProcedureActivities, ProcedureActivityDeps } from './activities.ts';

export function createActivities(deps: ProcedureActivityDeps): ProcedureActivities {
  return {
    loadDefinition: (ref, tenantId) => deps.definitions.load(ref, tenantId),
    runAction: (request) => deps.actions.run(request),
    projectCase: (projection) => deps.projection.upsertCase(projection),
    projectTask: (projection) => deps.projection.upsertTask(projection),
    appendAudit: (entries) => deps.audit.append(entries),
    notify: (notification) => deps.notifier.send(notification),
  };
}
