// Incidents on the real Temporal dev server: an applicant the civil registry
// does not know stops the municipal request at its lookup; a supervisor sees
// the incident and retries it (after the registry learns the person), skips
// it with a stand-in result, or cancels the case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryPersons } from '../src/db/schema/index.ts';
import START_DATA from './fixtures/municipal-request-start.json' with { type: 'json' };
import { read } from './harness.ts';
import { type ProcedureHarness, procedureHarness } from './procedure-harness.ts';

describe('incidents, end to end on Temporal', { timeout: 240_000 }, () => {
  let h: ProcedureHarness;
  let clerk: string;
  let supervisor: string;
  beforeAll(async () => {
    h = await procedureHarness('incidents');
    clerk = await h.login('tbilisi.clerk');
    supervisor = await h.login('tbilisi.supervisor');
  }, 120_000);
  afterAll(() => h?.close());

  async function openUnknown(personalNumber: string): Promise<string> {
    const res = await h.request('/api/cases', {
      method: 'POST',
      cookie: clerk,
      json: { serviceId: 'municipal-request', data: { ...START_DATA, personalNumber } },
    });
    expect(res.status).toBe(201);
    return (await read(res)).id;
  }

  async function incidentOf(caseId: string) {
    return h.until('the incident', async () => {
      const { items } = await read(await h.request('/api/incidents', { cookie: supervisor }));
      return items.find((i: { caseId: string }) => i.caseId === caseId);
    });
  }

  const resolve = (caseId: string, actionId: string, action: string, json: unknown = {}) =>
    h.request(`/api/cases/${caseId}/incidents/${encodeURIComponent(actionId)}/${action}`, {
      method: 'POST',
      cookie: supervisor,
      json,
    });

  it('lists the failed lookup as an incident and retries it once the registry knows the person', async () => {
    const caseId = await openUnknown('01030055667');
    const incident = await incidentOf(caseId);
    expect(incident).toMatchObject({ node: 'Svc_LookupApplicant', code: 'PERSON_NOT_FOUND' });
    expect((await h.request('/api/incidents', { cookie: clerk })).status).toBe(403);
    await h.database.db.insert(registryPersons).values({
      personalNumber: '01030055667',
      firstName: 'ნინო',
      lastName: 'ბერიძე',
      birthDate: '1991-01-09',
      citizenship: 'GE',
    });
    const retried = await resolve(caseId, incident.actionId, 'retry');
    expect(retried.status).toBe(200);
    await h.taskAt(clerk, caseId, 'Task_Register');
  });

  it('skips the lookup with a stand-in result, and the case goes on', async () => {
    const caseId = await openUnknown('01030055668');
    const incident = await incidentOf(caseId);
    const skipped = await resolve(caseId, incident.actionId, 'skip', {
      output: {
        personalNumber: '01030055668',
        firstName: 'ნინო',
        lastName: 'ბერიძე',
        birthDate: '1991-01-09',
        citizenship: 'GE',
      },
    });
    expect(skipped.status).toBe(200);
    await h.taskAt(clerk, caseId, 'Task_Register');
    expect((await resolve(caseId, incident.actionId, 'retry')).status).toBe(409);
  });

  it('cancels the case from its incident', async () => {
    const caseId = await openUnknown('01030055669');
    const incident = await incidentOf(caseId);
    const cancelled = await resolve(caseId, incident.actionId, 'cancel');
    expect(await read(cancelled)).toMatchObject({ status: 'cancelled', openTasks: [] });
    await h.until('the case to be cancelled', async () => {
      const body = await read(await h.request(`/api/cases/${caseId}`, { cookie: clerk }));
      return body.status === 'cancelled' ? body : undefined;
    });
  });
});
