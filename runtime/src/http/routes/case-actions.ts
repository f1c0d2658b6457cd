// Opening and cancelling cases. A case is opened in one transaction (its
// number, its projection row, its audit event) and then started on Temporal
// with the pinned (serviceId, version, hash); from there the workflow owns it.
import type { Definition } from '@saqme/engine';
import { type FormFile, validate } from '@saqme/forms';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { appendAudit } from '../../audit/chain.ts';
import { CASE_SUPERVISORS, CASE_WORKERS } from '../../auth/permissions.ts';
import { nextCaseNumber } from '../../cases/case-number.ts';
import { cases } from '../../db/schema/index.ts';
import { withTenant } from '../../db/tenant.ts';
import type { CaseCancel } from '../../generated/case-cancel.ts';
import type { CaseStart } from '../../generated/case-start.ts';
import { latestVersion } from '../../services/catalogue.ts';
import type { AppDeps, AppEnv } from '../env.ts';
import { jsonContent, jsonSchema, validJson } from '../json-schema.ts';
import { authOf, requireRole } from '../middleware/session.ts';
import { ProblemError } from '../problem.ts';
import cancelSchema from '../schemas/case-cancel.schema.json' with { type: 'json' };
import startSchema from '../schemas/case-start.schema.json' with { type: 'json' };
import { problemResponses } from './openapi-common.ts';
import { accepted } from './procedure-outcome.ts';
import { notFound, uuidParam } from './route-helpers.ts';

const StartBody = jsonSchema<CaseStart>(startSchema);
const CancelBody = jsonSchema<CaseCancel>(cancelSchema);
const Opened = jsonSchema<{ id: string; number: string; serviceId: string; version: number }>({
  type: 'object',
  required: ['id', 'number', 'serviceId', 'version'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    number: { type: 'string' },
    serviceId: { type: 'string' },
    version: { type: 'integer' },
  },
});
const Outcome = jsonSchema<{ status: string; openTasks: string[] }>({
  type: 'object',
  required: ['status', 'openTasks'],
  properties: {
    status: { type: 'string' },
    openTasks: { type: 'array', items: { type: 'string' } },
  },
});

const PERSONAL_NUMBER = /^[0-9]{11}$/;

export function caseActionRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();

  app.post(
    '/api/cases',
    describeRoute({
      tags: ['cases'],
      summary: "Open a case of a service's latest published version with its start form data",
      responses: {
        201: jsonContent(Opened, 'The case is open and its procedure started'),
        ...problemResponses(401, 403, 404, 422),
      },
    }),
    requireRole(...CASE_WORKERS),
    validJson(StartBody),
    async (c) => {
      const auth = authOf(c);
      const body = c.req.valid('json');
      const lang = c.get('lang');
      const now = deps.now();
      const opened = await withTenant(db, auth.tenantId, async (tx) => {
        const version = await latestVersion(tx, body.serviceId);
        if (!version) throw notFound();
        const definition = version.definition as Definition;
        const form = definition.forms[definition.service.startForm];
        if (form) {
          const checked = validate(form as unknown as FormFile, body.data, lang, {
            now: now.toISOString(),
          });
          if (!checked.ok) {
            throw new ProblemError(422, 'case.start-invalid', {
              issues: checked.issues.map((i) => ({
                code: `field.${i.code}`,
                path: `/data${i.path}`,
                message: { ka: i.message, en: i.message },
              })),
            });
          }
        }
        const number = await nextCaseNumber(tx, auth.tenantId, body.serviceId, now);
        const personal = body.data.personalNumber;
        const [row] = await tx
          .insert(cases)
          .values({
            tenantId: auth.tenantId,
            serviceId: body.serviceId,
            serviceVersion: version.version,
            serviceHash: version.hash,
            number,
            initiator: auth.user.id,
            status: 'open',
            applicantPersonalNumber:
              typeof personal === 'string' && PERSONAL_NUMBER.test(personal) ? personal : null,
            data: body.data,
            openedAt: now,
          })
          .returning();
        await appendAudit(tx, {
          tenantId: auth.tenantId,
          actor: auth.user.id,
          type: 'case.opened',
          payload: { caseId: row!.id, number, serviceId: body.serviceId, version: version.version },
          at: now,
        });
        return { row: row!, version };
      });
      const { row, version } = opened;
      await deps.procedures.start({
        definition: { serviceId: row.serviceId, version: version.version, hash: version.hash },
        caseId: row.id,
        caseNumber: row.number!,
        tenantId: auth.tenantId,
        initiator: auth.user.id,
        data: body.data,
      });
      return c.json(
        { id: row.id, number: row.number!, serviceId: row.serviceId, version: version.version },
        201,
      );
    },
  );

  app.post(
    '/api/cases/:caseId/cancel',
    describeRoute({
      tags: ['cases'],
      summary: 'Cancel a running case (supervisor)',
      responses: {
        200: jsonContent(Outcome, 'The case after the change'),
        ...problemResponses(401, 403, 404, 409, 422),
      },
    }),
    requireRole(...CASE_SUPERVISORS),
    validJson(CancelBody),
    async (c) => {
      const auth = authOf(c);
      const id = uuidParam(c.req.param('caseId'));
      const [row] = await withTenant(db, auth.tenantId, (tx) =>
        tx.select({ id: cases.id }).from(cases).where(eq(cases.id, id)),
      );
      if (!row) throw notFound();
      const { reason } = c.req.valid('json');
      const outcome = accepted(
        await deps.procedures.cancelCase(id, { by: auth.user.id, ...(reason ? { reason } : {}) }),
      );
      return c.json(outcome);
    },
  );

  return app;
}
