// `node runtime/src/audit/verify-command.ts [--tenant ID] [--json]`: verifies
// the audit hash chains in the configured database (DATABASE_URL, or the
// embedded PGlite under the data dir). Exit code 0 when intact, 1 when not.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { verifyAudit } from './verify.ts';

const { values } = parseArgs({
  options: { tenant: { type: 'string' }, json: { type: 'boolean', default: false } },
});
const config = loadConfig();
const database = await openDatabase(
  config.databaseUrl ? { url: config.databaseUrl } : { pgliteDir: join(config.dataDir, 'pglite') },
);
try {
  const result = await verifyAudit(database.db, values.tenant);
  if (values.json) {
    console.log(JSON.stringify(result));
  } else {
    for (const t of result.tenants) {
      console.log(`${t.ok ? 'ok    ' : 'BROKEN'} ${t.tenantId}: ${t.events} events`);
    }
    for (const b of result.breaks) console.log(`  ${b.tenantId} seq ${b.seq}: ${b.code}`);
    console.log(result.ok ? 'audit chains intact' : 'audit chains BROKEN');
  }
  process.exitCode = result.ok ? 0 : 1;
} finally {
  await database.close();
}
