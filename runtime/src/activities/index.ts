// The runtime's side of the procedure's activities (ProcedureActivityDeps):
// definitions from the published versions, actions from the registry, the
// case and task projection, the audit chain and staff notifications, all in
// the case's tenant under row-level security.
//
// Every port is idempotent: projection writes are upserts guarded by the
// workflow's seq, audit entries are marked per (case, seq), actions and
// notifications are keyed. Temporal may repeat any of them safely.
import type { ProcedureActivityDeps } from '@saqme/workflows';
import type { ActionRegistry } from '../actions/registry.ts';
import type { Db } from '../db/client.ts';
import { staffNotifier } from '../notify/staff-notifier.ts';
import { caseAuditWriter } from './case-audit.ts';
import { definitionLoader } from './definitions.ts';
import { projectionWriter } from './projection.ts';

export { caseRowId, taskRowId } from './row-ids.ts';

export function procedureActivityDeps(db: Db, actions: ActionRegistry): ProcedureActivityDeps {
  return {
    definitions: definitionLoader(db),
    actions: { run: (request) => actions.run(request) },
    projection: projectionWriter(db),
    audit: caseAuditWriter(db),
    notifier: staffNotifier(db),
  };
}
