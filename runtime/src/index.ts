// The runtime is the composition root; other packages never import it.
// This entry exists for its own tools (bench, launcher scripts).

export { verifyAudit } from './audit/verify.ts';
export { loadConfig, type RuntimeConfig } from './config.ts';
export { type Database, type DatabaseTarget, openDatabase } from './db/client.ts';
export { migrateDatabase } from './db/migrate.ts';
export { withTenant } from './db/tenant.ts';
export { createApp } from './http/app.ts';
export { createAppDeps } from './http/deps.ts';
export { DEMO_PASSWORD, demoLogins, seedDemo } from './seed/demo.ts';
