// The runtime is the composition root; other packages never import it.
// This entry exists for its own tools (bench, launcher scripts).

export { builtInActions, builtInCatalogue, DEMO_DECLINED_PAYERS } from './actions/built-in.ts';
export type { ActionDefinition, ActionRegistry } from './actions/registry.ts';
export { procedureActivityDeps } from './activities/index.ts';
export { verifyAudit } from './audit/verify.ts';
export { type Procedures, temporalProcedures } from './cases/procedures.ts';
export { loadConfig, type RuntimeConfig } from './config.ts';
export { type Database, type DatabaseTarget, openDatabase } from './db/client.ts';
export { migrateDatabase } from './db/migrate.ts';
export { withTenant } from './db/tenant.ts';
export { createApp } from './http/app.ts';
export { createAppDeps } from './http/deps.ts';
export { createOutboxSender } from './notify/outbox-sender.ts';
export { DEMO_PASSWORD, demoLogins, seedDemo } from './seed/demo.ts';
export { publishExamples } from './seed/examples.ts';
export { type RunningWorker, startWorker } from './worker.ts';
