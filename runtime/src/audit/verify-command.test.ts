import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, targets } from '../../test/databases.ts';
import { tenants } from '../db/schema/index.ts';
import { withTenant } from '../db/tenant.ts';
import { appendAudit } from './chain.ts';

const command = join(import.meta.dirname, 'verify-command.ts');
const run = promisify(execFile);

async function verify(url: string) {
  try {
    const { stdout } = await run(process.execPath, [command], {
      env: { ...process.env, DATABASE_URL: url },
    });
    return { code: 0, stdout };
  } catch (e) {
    const failure = e as { code: number; stdout: string };
    return { code: failure.code, stdout: failure.stdout };
  }
}

describe('the audit verify command', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await targets[0]!.open();
    await database.db
      .insert(tenants)
      .values({ id: 'batumi', kind: 'municipality', nameKa: 'ბათუმი', nameEn: 'Batumi' });
    for (const type of ['auth.login', 'user.created']) {
      await withTenant(database.db, 'batumi', (tx) =>
        appendAudit(tx, { tenantId: 'batumi', actor: 'system', type, payload: {}, at: new Date() }),
      );
    }
  });
  afterAll(() => database.close());

  it('exits 0 and reports intact chains', async () => {
    const result = await verify(database.url!);
    expect(result).toEqual({ code: 0, stdout: 'ok     batumi: 2 events\naudit chains intact\n' });
  });

  it('exits 1 and names the break after an event was altered behind the trigger', async () => {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER USER`);
      await tx.execute(sql`UPDATE audit_events SET actor = 'someone-else' WHERE seq = 1`);
      await tx.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER USER`);
    });
    const result = await verify(database.url!);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('batumi seq 1: hash-mismatch');
    expect(result.stdout).toContain('audit chains BROKEN');
  });
});
