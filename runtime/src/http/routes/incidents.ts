// Incidents: actions that exhausted their retries. The list reads the cases
// the projection marks as incident and asks each workflow for its incidents;
// retry, skip and cancel are the workflow's Updates (supervisors).
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { CASE_SUPERVISORS } from '../../auth/permissions.ts';
import type { IncidentAction } from '../../cases/procedures.ts';
import { cases } from '../../db/schema/index.ts';
import { withTenant } from '../../db/tenant.ts';
import type { IncidentResolve } from '../../generated/incident-resolve.ts';
import type { AppDeps, AppEnv } from '../env.ts';
import { jsonContent, jsonSchema, validJson } from '../json-schema.ts';
import { authOf, requireRole } from '../middleware/session.ts';
import resolveSchema from '../schemas/incident-resolve.schema.json' with { type: 'json' };
import { problemResponses } from './openapi-common.ts';
import { accepted } from './procedure-outcome.ts';
import { notFound, uuidParam } from './route-helpers.ts';

const ResolveBody = jsonSchema<IncidentResolve>(resolveSchema);
const Outcome = jsonSchema<{ status: string; openTasks: string[] }>({
  type: 'object',
  required: ['status', 'openTasks'],
  properties: {
    status: { type: 'string' },
    openTasks: { type: 'array', items: { type: 'string' } },
  },
});
const ListBody = jsonSchema<{ items: unknown[] }>({
  type: 'object',
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['caseId', 'number', 'serviceId', 'actionId', 'node', 'code', 'at'],
        properties: {
          caseId: { type: 'string' },
          number: { type: ['string', 'null'] },
          serviceId: { type: 'string' },
          actionId: { type: 'string', description: 'URL-encode it in the resolve routes.' },
          node: { type: 'string' },
          code: { type: 'string' },
          message: { type: 'string' },
          at: { type: 'string' },
        },
      },
    },
  },
});

const ACTIONS: IncidentAction[] = ['retry', 'skip', 'cancel'];

export function incidentRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();
  const supervisors = requireRole(...CASE_SUPERVISORS);

  app.get(
    '/api/incidents',
    describeRoute({
      tags: ['incidents'],
      summary: 'Open incidents of the tenant, oldest case first',
      responses: { 200: jsonContent(ListBody, 'Incidents'), ...problemResponses(401, 403) },
    }),
    supervisors,
    async (c) => {
      const auth = authOf(c);
      const rows = await withTenant(db, auth.tenantId, (tx) =>
        tx
          .select({ id: cases.id, number: cases.number, serviceId: cases.serviceId })
          .from(cases)
          .where(eq(cases.status, 'incident'))
          .orderBy(cases.openedAt)
          .limit(200),
      );
      const items = [];
      for (const row of rows) {
        const view = await deps.procedures.state(row.id);
        for (const i of view?.incidents ?? [])
          items.push({ caseId: row.id, number: row.number, serviceId: row.serviceId, ...i });
      }
      return c.json({ items });
    },
  );

  for (const action of ACTIONS) {
    app.post(
      `/api/cases/:caseId/incidents/:actionId/${action}`,
      describeRoute({
        tags: ['incidents'],
        summary:
          action === 'retry'
            ? 'Run the failed action again'
            : action === 'skip'
              ? 'Go on without the action, with `output` as its result'
              : 'Cancel the case',
        responses: {
          200: jsonContent(Outcome, 'The case after the change'),
          ...problemResponses(401, 403, 404, 409, 422),
        },
      }),
      supervisors,
      validJson(ResolveBody),
      async (c) => {
        const auth = authOf(c);
        const id = uuidParam(c.req.param('caseId'));
        const [row] = await withTenant(db, auth.tenantId, (tx) =>
          tx.select({ id: cases.id }).from(cases).where(eq(cases.id, id)),
        );
        if (!row) throw notFound();
        const { output } = c.req.valid('json');
        const result = await deps.procedures.resolveIncident(id, action, {
          actionId: c.req.param('actionId'),
          by: auth.user.id,
          ...(action === 'skip' && output ? { output } : {}),
        });
        return c.json(accepted(result));
      },
    );
  }

  return app;
}
