// The sandbox on the real Temporal dev server and PostgreSQL: a clean draft
// runs in the sandbox tenant and its task is worked there through the normal
// inbox and task API; a draft with errors is refused with its diagnostics;
// the pin stays out of the catalog's versions and out of every municipality.
import type { Bundle } from '@saqme/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { read } from '../../../test/harness.ts';
import { type ProcedureHarness, procedureHarness } from '../../../test/procedure-harness.ts';
import { definitionLoader } from '../../activities/definitions.ts';
import { withTenant } from '../../db/tenant.ts';
import { latestVersion } from '../../services/catalogue.ts';
import { trialBundle } from '../../services/fixtures/trial-bundle.ts';

const SERVICE = 'sandbox-trial';
const START = { personalNumber: '01001011234', request: 'ცნობის გაცემა' };

describe('running a draft in the sandbox, end to end on Temporal', { timeout: 240_000 }, () => {
  let h: ProcedureHarness;
  let analyst: string;
  beforeAll(async () => {
    h = await procedureHarness('sandbox');
    analyst = await h.login('central.analyst');
  }, 120_000);
  afterAll(() => h?.close());

  const saveDraft = async (bundle: Bundle) => {
    const res = await h.request(`/api/services/${SERVICE}/draft`, {
      method: 'PUT',
      cookie: analyst,
      json: bundle,
    });
    expect(res.status).toBe(200);
    return read(res);
  };
  const runInSandbox = (cookie: string, data: unknown = START, service = SERVICE) =>
    h.request(`/api/services/${service}/sandbox-runs`, { method: 'POST', cookie, json: { data } });

  it('pins a clean draft in the sandbox, runs it on Temporal, and lets the analyst complete its task there', async () => {
    await saveDraft(trialBundle());
    const res = await runInSandbox(analyst);
    expect(res.status).toBe(201);
    const opened = await read(res);
    expect(opened).toMatchObject({
      tenantId: 'sandbox',
      serviceId: `sandbox:${SERVICE}`,
      draftServiceId: SERVICE,
      version: 1,
    });
    expect(opened.number).toMatch(/^SST-2026-\d{6}$/);

    // The analyst acts in the sandbox through the ordinary tenant switch, inbox and task API.
    const switched = await h.request('/api/auth/tenant', {
      method: 'PUT',
      cookie: analyst,
      json: { tenantId: 'sandbox' },
    });
    expect(await read(switched)).toMatchObject({
      tenantId: 'sandbox',
      roles: ['clerk', 'supervisor'],
    });
    const task = await h.taskAt(analyst, opened.caseId, 'Task_Decide');
    const post = (path: string, json?: unknown) =>
      h.request(path, { method: 'POST', cookie: analyst, ...(json ? { json } : {}) });
    expect((await post(`/api/tasks/${task.id}/claim`)).status).toBe(200);
    expect(
      (await post(`/api/tasks/${task.id}/complete`, { data: { approved: true } })).status,
    ).toBe(200);
    const closed = await h.until('the sandbox case to complete', async () => {
      const body = await read(await h.request(`/api/cases/${opened.caseId}`, { cookie: analyst }));
      return body.status === 'completed' ? body : undefined;
    });
    expect(closed).toMatchObject({ serviceId: `sandbox:${SERVICE}`, outcome: 'granted' });
    await h.request('/api/auth/tenant', {
      method: 'PUT',
      cookie: analyst,
      json: { tenantId: 'central' },
    });
  });

  it('reuses the pin of an unchanged draft and pins a changed one as the next sandbox version', async () => {
    expect(await read(await runInSandbox(analyst))).toMatchObject({ version: 1 });
    await saveDraft(trialBundle({ titleEn: 'Trial service, second try' }));
    const second = await read(await runInSandbox(analyst));
    expect(second).toMatchObject({ serviceId: `sandbox:${SERVICE}`, version: 2 });
  });

  it('keeps sandbox pins out of the catalog and unstartable in every municipality', async () => {
    // Not a published version of the service: it has none yet, and publishing starts at 1.
    expect((await h.request(`/api/services/${SERVICE}/versions`, { cookie: analyst })).status).toBe(
      404,
    );
    const published = await h.request(`/api/services/${SERVICE}/versions`, {
      method: 'POST',
      cookie: analyst,
    });
    expect(await read(published)).toMatchObject({ version: 1 });

    const clerk = await h.login('tbilisi.clerk');
    const { items } = await read(await h.request('/api/services', { cookie: clerk }));
    expect(items.map((s: { id: string }) => s.id)).not.toContain(`sandbox:${SERVICE}`);
    const started = await h.request('/api/cases', {
      method: 'POST',
      cookie: clerk,
      json: { serviceId: `sandbox:${SERVICE}`, data: START },
    });
    expect(started.status).toBe(422);
    for (const tenant of ['central', 'tbilisi', 'kutaisi', 'batumi']) {
      const row = await withTenant(h.database.db, tenant, (tx) =>
        latestVersion(tx, `sandbox:${SERVICE}`),
      );
      expect(row, tenant).toBeUndefined();
      await expect(
        definitionLoader(h.database.db).load(
          { serviceId: `sandbox:${SERVICE}`, version: 1 },
          tenant,
        ),
      ).rejects.toMatchObject({ type: 'DEFINITION_NOT_FOUND' });
    }
    const inSandbox = await withTenant(h.database.db, 'sandbox', (tx) =>
      latestVersion(tx, `sandbox:${SERVICE}`),
    );
    expect(inSandbox?.version).toBe(2);
  });

  it('refuses a draft with errors and lists its diagnostics, opening no case', async () => {
    const saved = await saveDraft(
      trialBundle({ titleEn: 'Broken trial', taskForm: 'missing-form' }),
    );
    expect(saved.ok).toBe(false);
    const res = await runInSandbox(analyst);
    expect(res.status).toBe(422);
    const problem = await read(res);
    expect(problem.code).toBe('sandbox.draft-invalid');
    expect(problem.issues.length).toBeGreaterThan(0);
    expect(problem.issues[0]).toMatchObject({ path: expect.stringMatching(/^\/files\//) });
  });

  it('refuses start data that fails the start form, and callers without the right roles', async () => {
    await saveDraft(trialBundle({ titleEn: 'Trial service, second try' }));
    const invalid = await runInSandbox(analyst, { personalNumber: '123' });
    expect(invalid.status).toBe(422);
    expect((await read(invalid)).code).toBe('case.start-invalid');
    expect((await runInSandbox(await h.login('central.clerk'))).status).toBe(403);
    const admin = await h.login('central.admin');
    const created = await h.request('/api/admin/users', {
      method: 'POST',
      cookie: admin,
      json: {
        username: 'central.analyst2',
        displayName: 'მეორე ანალიტიკოსი',
        password: 'a-long-password-2',
        roles: ['analyst'],
      },
    });
    expect(created.status).toBe(201);
    const stranger = await runInSandbox(await h.login('central.analyst2', 'a-long-password-2'));
    expect(stranger.status).toBe(403);
    expect((await read(stranger)).code).toBe('sandbox.not-granted');
  });
});
