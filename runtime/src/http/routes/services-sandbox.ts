// Running a draft in the sandbox tenant on the real Temporal runtime, without
// publishing it: the analyst's saved draft must compile without errors; it is
// pinned as a sandbox-only definition (services/sandbox.ts) and a case of it
// is opened in the sandbox tenant, where the analyst works its tasks through
// the ordinary inbox and task API after switching tenant.
import type { Bundle } from '@saqme/engine';
import type { FormFile } from '@saqme/forms';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { appendAudit } from '../../audit/chain.ts';
import { nextCaseNumber } from '../../cases/case-number.ts';
import { checkJsonForm } from '../../cases/form-submission.ts';
import { cases } from '../../db/schema/index.ts';
import { withTenant } from '../../db/tenant.ts';
import type { SandboxCase } from '../../generated/sandbox-case.ts';
import type { SandboxRun } from '../../generated/sandbox-run.ts';
import { SANDBOX_TENANT_ID } from '../../seed/sandbox.ts';
import { ownService } from '../../services/catalogue.ts';
import { pinSandboxDefinition } from '../../services/sandbox.ts';
import type { AppDeps, AppEnv } from '../env.ts';
import { jsonContent, jsonSchema, validJson } from '../json-schema.ts';
import { authOf, requireRole } from '../middleware/session.ts';
import { ProblemError } from '../problem.ts';
import caseSchema from '../schemas/sandbox-case.schema.json' with { type: 'json' };
import runSchema from '../schemas/sandbox-run.schema.json' with { type: 'json' };
import { problemResponses } from './openapi-common.ts';
import { compiledDraft, notFound, serviceIdParam } from './route-helpers.ts';

const RunBody = jsonSchema<SandboxRun>(runSchema);
const CaseBody = jsonSchema<SandboxCase>(caseSchema);
export function sandboxRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();

  app.post(
    '/api/services/:serviceId/sandbox-runs',
    describeRoute({
      tags: ['services'],
      summary:
        'Run the saved draft in the sandbox tenant: pin it there by content hash (never published, invisible to municipalities) and open a case of it on Temporal',
      responses: {
        201: jsonContent(CaseBody, 'The sandbox case is open and its procedure started'),
        ...problemResponses(401, 403, 404, 422),
      },
    }),
    requireRole('analyst'),
    validJson(RunBody),
    async (c) => {
      const auth = authOf(c);
      const lang = c.get('lang');
      const serviceId = serviceIdParam(c.req.param('serviceId'));
      if (!auth.grants.some((g) => g.tenantId === SANDBOX_TENANT_ID))
        throw new ProblemError(403, 'sandbox.not-granted');
      const now = deps.now();
      const { bundle, definition } = await withTenant(db, auth.tenantId, async (tx) => {
        const service = await ownService(tx, auth.tenantId, serviceId);
        if (!service?.draft) throw notFound();
        const draft = service.draft as Bundle;
        const definition = await compiledDraft(
          tx,
          draft,
          serviceId,
          deps.actionCatalogue,
          'sandbox.draft-invalid',
        );
        return { bundle: draft, definition };
      });
      const form = definition.forms[definition.service.startForm] as unknown as FormFile;
      const start = checkJsonForm(form, c.req.valid('json').data, lang, now);
      if (!start.ok) throw new ProblemError(422, 'case.start-invalid', { issues: start.issues });

      const opened = await withTenant(db, SANDBOX_TENANT_ID, async (tx) => {
        const pin = await pinSandboxDefinition(tx, {
          bundle,
          definition,
          at: now,
          by: auth.user.id,
        });
        if (pin.created) {
          await appendAudit(tx, {
            tenantId: SANDBOX_TENANT_ID,
            actor: auth.user.id,
            type: 'service.sandbox-pinned',
            payload: { ...pin, draftOf: serviceId, authoringTenant: auth.tenantId },
            at: now,
          });
        }
        // Sandbox case numbers start with S: SMR-2026-000001 for municipal-request.
        const number = await nextCaseNumber(tx, SANDBOX_TENANT_ID, `sandbox-${serviceId}`, now);
        const [row] = await tx
          .insert(cases)
          .values({
            tenantId: SANDBOX_TENANT_ID,
            serviceId: pin.serviceId,
            serviceVersion: pin.version,
            serviceHash: pin.hash,
            number,
            initiator: auth.user.id,
            status: 'open',
            data: start.data,
            openedAt: now,
          })
          .returning();
        await appendAudit(tx, {
          tenantId: SANDBOX_TENANT_ID,
          actor: auth.user.id,
          type: 'case.opened',
          payload: { caseId: row!.id, number, serviceId: pin.serviceId, version: pin.version },
          at: now,
        });
        return { pin, row: row! };
      });
      await withTenant(db, auth.tenantId, (tx) =>
        appendAudit(tx, {
          tenantId: auth.tenantId,
          actor: auth.user.id,
          type: 'service.sandbox-run',
          payload: { serviceId, hash: opened.pin.hash, caseId: opened.row.id },
          at: now,
        }),
      );
      const { pin, row } = opened;
      await deps.procedures.start({
        definition: { serviceId: pin.serviceId, version: pin.version, hash: pin.hash },
        caseId: row.id,
        caseNumber: row.number!,
        tenantId: SANDBOX_TENANT_ID,
        initiator: auth.user.id,
        data: start.data,
      });
      const body: SandboxCase = {
        caseId: row.id,
        number: row.number!,
        tenantId: SANDBOX_TENANT_ID,
        serviceId: pin.serviceId,
        draftServiceId: serviceId,
        version: pin.version,
        hash: pin.hash,
      };
      return c.json(body, 201);
    },
  );

  return app;
}
