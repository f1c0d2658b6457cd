// Real cases for the clerk's browser tests: started through the runtime's
// API with a signed-in page's session, then waited for until the workflow
// has opened the step the test works on.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const MUNICIPAL_START = {
  channel: 'service-hall',
  personalNumber: '01024051234',
  firstName: 'ნინო',
  lastName: 'ბერიძე',
  phone: '+995599123456',
  address: 'თბილისი, ჭავჭავაძის გამზირი 37, ბინა 12',
  topic: 'infrastructure',
  subject: 'ეზოს განათების აღდგენა',
  description: 'ჩვენი კორპუსის ეზოში ორი თვეა არ ანათებს გარე განათება. გთხოვთ, აღადგინოთ.',
  replyBy: 'sms',
  consent: true,
};

export interface OpenedCase {
  id: string;
  number: string;
}

export async function startMunicipalCase(page: Page): Promise<OpenedCase> {
  const res = await page.request.post('/api/cases', {
    data: { serviceId: 'municipal-request', data: MUNICIPAL_START },
  });
  expect(res.status(), await res.text()).toBe(201);
  const body = (await res.json()) as { id: string; number: string };
  return { id: body.id, number: body.number };
}

/** Polls the inbox API until the case's task at `nodeId` is offered; returns its id. */
export async function taskAt(page: Page, caseId: string, nodeId: string): Promise<string> {
  const deadline = Date.now() + 45_000;
  while (Date.now() < deadline) {
    const res = await page.request.get('/api/tasks?limit=100');
    const { items } = (await res.json()) as {
      items: { id: string; caseId: string; nodeId: string }[];
    };
    const task = items.find((t) => t.caseId === caseId && t.nodeId === nodeId);
    if (task) return task.id;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`no task ${nodeId} for case ${caseId} within 45 s`);
}
