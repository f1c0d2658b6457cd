// The procedure's activity ports against a real database: every write may be
// repeated or arrive late (Temporal delivers at least once), and the rows end
// up as if each had happened exactly once, in order.
import type { AuditEntry, CaseProjection, TaskProjection } from '@saqme/workflows';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../test/databases.ts';
import { builtInActions, builtInCatalogue } from '../actions/built-in.ts';
import { verifyAudit } from '../audit/verify.ts';
import type { Database } from '../db/client.ts';
import { auditEvents, cases, outbox, tasks, users } from '../db/schema/index.ts';
import { seedDemo } from '../seed/demo.ts';
import { publishExamples } from '../seed/examples.ts';
import { procedureActivityDeps, taskRowId } from './index.ts';

const CASE_ID = '5c0d9a52-5d8e-4a8e-9d55-2f1f0b6c7a10';

const caseWrite = (seq: number, over: Partial<CaseProjection> = {}): CaseProjection => ({
  caseId: CASE_ID,
  tenantId: 'tbilisi',
  serviceId: 'municipal-request',
  version: 1,
  hash: 'h1',
  initiator: 'u1',
  status: 'running',
  currentSteps: ['Task_Register'],
  seq,
  at: `2026-11-27T08:00:0${seq}.000Z`,
  ...over,
});

const taskWrite = (seq: number, over: Partial<TaskProjection> = {}): TaskProjection => ({
  caseId: CASE_ID,
  tenantId: 'tbilisi',
  taskId: 'Task_Register/1',
  node: 'Task_Register',
  form: 'registration',
  roles: ['clerk'],
  title: { ka: 'რეგისტრაცია და გადანაწილება', en: 'Register and route' },
  status: 'open',
  seq,
  at: `2026-11-27T08:00:0${seq}.000Z`,
  ...over,
});

describe.each(targets)('the procedure activities on $name', (target) => {
  let database: Database;
  let deps: ReturnType<typeof procedureActivityDeps>;
  beforeAll(async () => {
    database = await target.open();
    await seedDemo(database.db);
    await publishExamples(database.db, { tenantId: 'central', actions: builtInCatalogue() });
    deps = procedureActivityDeps(
      database.db,
      builtInActions({ db: database.db, dataDir: '/nonexistent' }),
    );
  });
  afterAll(() => database.close());

  const caseRow = async () =>
    (await database.db.select().from(cases).where(eq(cases.id, CASE_ID)))[0];

  it('upserts the case row by id, ignores repeated and stale writes, and closes it', async () => {
    await deps.projection.upsertCase(caseWrite(2));
    await deps.projection.upsertCase(caseWrite(2));
    expect(await caseRow()).toMatchObject({ status: 'open', seq: 2, closedAt: null });
    await deps.projection.upsertCase(
      caseWrite(5, {
        status: 'completed',
        outcome: 'answered',
        currentSteps: [],
        variables: { a: 1 },
      }),
    );
    await deps.projection.upsertCase(caseWrite(3, { status: 'incident' }));
    const row = await caseRow();
    expect(row).toMatchObject({
      status: 'completed',
      outcome: 'answered',
      seq: 5,
      variables: { a: 1 },
    });
    expect(row!.closedAt).toEqual(new Date('2026-11-27T08:00:05.000Z'));
    expect(await database.db.select().from(cases)).toHaveLength(1);
  });

  it('upserts the task row under an id derived from the engine task id, in seq order', async () => {
    const [clerk] = await database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.username, 'tbilisi.clerk'));
    await deps.projection.upsertTask(taskWrite(3));
    await deps.projection.upsertTask(taskWrite(4, { assignee: clerk!.id }));
    await deps.projection.upsertTask(taskWrite(6, { status: 'completed', completedBy: 'u2' }));
    await deps.projection.upsertTask(taskWrite(4, { assignee: clerk!.id }));
    const rows = await database.db.select().from(tasks).where(eq(tasks.caseId, CASE_ID));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: taskRowId(CASE_ID, 'Task_Register/1'),
      engineTaskId: 'Task_Register/1',
      status: 'completed',
      completedBy: 'u2',
      titleKa: 'რეგისტრაცია და გადანაწილება',
    });
  });

  it('appends each audit entry once, whatever is repeated, and the chain verifies', async () => {
    const entries: AuditEntry[] = [1, 2, 3].map((seq) => ({
      caseId: CASE_ID,
      tenantId: 'tbilisi',
      seq,
      type: seq === 1 ? 'caseStarted' : 'taskCompleted',
      actor: 'u1',
      at: `2026-11-27T08:00:0${seq}.000Z`,
    }));
    await deps.audit.append(entries.slice(0, 2));
    await deps.audit.append(entries);
    await deps.audit.append(entries);
    const rows = await database.db
      .select({ type: auditEvents.type })
      .from(auditEvents)
      .where(eq(auditEvents.tenantId, 'tbilisi'));
    expect(rows.filter((r) => r.type.startsWith('case.')).map((r) => r.type)).toEqual([
      'case.caseStarted',
      'case.taskCompleted',
      'case.taskCompleted',
    ]);
    expect((await verifyAudit(database.db, 'tbilisi')).ok).toBe(true);
  });

  it('keeps one staff notification per key', async () => {
    const n = {
      caseId: CASE_ID,
      tenantId: 'tbilisi',
      kind: 'taskOpened' as const,
      key: `${CASE_ID}/task/Task_Register/1`,
      roles: ['clerk'],
      at: '2026-11-27T08:00:03.000Z',
    };
    await deps.notifier.send(n);
    await deps.notifier.send(n);
    const rows = await database.db.select().from(outbox).where(eq(outbox.caseId, CASE_ID));
    expect(rows).toMatchObject([
      { channel: 'staff', template: 'procedure.taskOpened', status: 'stored' },
    ]);
  });

  it('loads the pinned definition in the tenant, and refuses another hash or an unpublished service', async () => {
    const latest = await deps.definitions.load({ serviceId: 'municipal-request' }, 'tbilisi');
    expect(latest.ref).toMatchObject({ serviceId: 'municipal-request', version: 1 });
    const pinned = await deps.definitions.load(latest.ref, 'kutaisi');
    expect(pinned.definition.hash).toBe(latest.ref.hash);
    const code = async (p: Promise<unknown>) =>
      p.then(
        () => 'loaded',
        (e) => e.type,
      );
    expect(await code(deps.definitions.load({ ...latest.ref, hash: 'other' }, 'tbilisi'))).toBe(
      'DEFINITION_HASH_MISMATCH',
    );
    expect(await code(deps.definitions.load({ serviceId: 'nothing', version: 1 }, 'tbilisi'))).toBe(
      'DEFINITION_NOT_FOUND',
    );
    // diplomatic-id runs at the central agency only.
    expect(await code(deps.definitions.load({ serviceId: 'diplomatic-id' }, 'tbilisi'))).toBe(
      'DEFINITION_NOT_FOUND',
    );
  });
});
