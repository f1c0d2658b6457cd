// Opening and cancelling cases. A case is opened in one transaction (its
// number, its projection row, its audit event) and then started on Temporal
// with the pinned (serviceId, version, hash); from there the workflow owns it.
import type { Definition } from '@saqme/engine';
import type { FormFile } from '@saqme/forms';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { describeRoute, resolver } from 'hono-openapi';
import { appendAudit } from '../../audit/chain.ts';
import { CASE_SUPERVISORS, CASE_WORKERS } from '../../auth/permissions.ts';
import { nextCaseNumber } from '../../cases/case-number.ts';
import { checkJsonForm, readForm, storeFormFiles } from '../../cases/form-submission.ts';
import { cases } from '../../db/schema/index.ts';
import { withTenant } from '../../db/tenant.ts';
import type { CaseCancel } from '../../generated/case-cancel.ts';
import type { CaseStart } from '../../generated/case-start.ts';
import { latestVersion } from '../../services/catalogue.ts';
import type { AppDeps, AppEnv } from '../env.ts';
import { jsonContent, jsonSchema, validJson } from '../json-schema.ts';
import { authOf, requireRole } from '../middleware/session.ts';
import { postedStart } from '../posted-start.ts';
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
const SERVICE_ID = new RegExp(startSchema.properties.serviceId.pattern);

export function caseActionRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();

  app.post(
    '/api/cases',
    describeRoute({
      tags: ['cases'],
      summary:
        "Open a case of a service's latest published version with its start form data (JSON, or a posted form whose files are stored as documents of the case)",
      requestBody: {
        content: {
          'application/json': { schema: resolver(StartBody) },
          'multipart/form-data': {
            schema: {
              type: 'object',
              description: "serviceId and the start form's fields by name; files as parts.",
            },
          },
        },
      },
      responses: {
        201: jsonContent(Opened, 'The case is open and its procedure started'),
        ...problemResponses(401, 403, 404, 422),
      },
    }),
    requireRole(...CASE_WORKERS),
    async (c) => {
      const auth = authOf(c);
      const lang = c.get('lang');
      const now = deps.now();
      const posted = await postedStart(c.req.raw, 'serviceId', SERVICE_ID, StartBody);
      const opened = await withTenant(db, auth.tenantId, async (tx) => {
        const version = await latestVersion(tx, posted.serviceId);
        if (!version) throw notFound();
        const definition = version.definition as Definition;
        const form = definition.forms[definition.service.startForm] as unknown as FormFile;
        const read =
          'formData' in posted
            ? readForm(form, posted.formData, lang, now, deps.documents.maxBytes)
            : checkJsonForm(form, posted.data, lang, now);
        if (!read.ok) throw new ProblemError(422, 'case.start-invalid', { issues: read.issues });
        const number = await nextCaseNumber(tx, auth.tenantId, posted.serviceId, now);
        const personal = read.data.personalNumber;
        const [row] = await tx
          .insert(cases)
          .values({
            tenantId: auth.tenantId,
            serviceId: posted.serviceId,
            serviceVersion: version.version,
            serviceHash: version.hash,
            number,
            initiator: auth.user.id,
            status: 'open',
            applicantPersonalNumber:
              typeof personal === 'string' && PERSONAL_NUMBER.test(personal) ? personal : null,
            data: read.data,
            openedAt: now,
          })
          .returning();
        await appendAudit(tx, {
          tenantId: auth.tenantId,
          actor: auth.user.id,
          type: 'case.opened',
          payload: {
            caseId: row!.id,
            number,
            serviceId: posted.serviceId,
            version: version.version,
          },
          at: now,
        });
        return { row: row!, version, read };
      });
      const { row, version, read } = opened;
      let data = read.data;
      if (read.files.size) {
        // Documents need their case to exist: stored after it is committed, then their refs recorded.
        const stored = await storeFormFiles(db, {
          tenantId: auth.tenantId,
          userId: auth.user.id,
          caseId: row.id,
          data,
          files: read.files,
          now,
        });
        if (!stored.ok)
          throw new ProblemError(422, 'case.start-invalid', { issues: stored.issues });
        data = stored.data;
        await withTenant(db, auth.tenantId, (tx) =>
          tx.update(cases).set({ data }).where(eq(cases.id, row.id)),
        );
      }
      await deps.procedures.start({
        definition: { serviceId: row.serviceId, version: version.version, hash: version.hash },
        caseId: row.id,
        caseNumber: row.number!,
        tenantId: auth.tenantId,
        initiator: auth.user.id,
        data,
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
        tx.select({ id: cases.id, status: cases.status }).from(cases).where(eq(cases.id, id)),
      );
      if (!row) throw notFound();
      if (row.status === 'completed' || row.status === 'cancelled')
        throw new ProblemError(409, 'procedure.refused', { params: { reason: 'CASE_CLOSED' } });
      const { reason } = c.req.valid('json');
      const outcome = accepted(
        await deps.procedures.cancelCase(id, { by: auth.user.id, ...(reason ? { reason } : {}) }),
      );
      return c.json(outcome);
    },
  );

  return app;
}
