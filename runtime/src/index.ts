// The runtime is the composition root; other packages never import it.
// This entry exists for its own tools (bench, launcher scripts).

export { loadConfig, type RuntimeConfig } from './config.ts';
export { type Database, type DatabaseTarget, openDatabase } from './db/client.ts';
