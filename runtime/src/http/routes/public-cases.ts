// A citizen applies: the case is opened in the chosen tenant (the agency or
// municipality the application is addressed to) as the citizen named by the
// identity provider, exactly as a clerk's start would open it (number,
// projection row, audit event, then the procedure on Temporal), and the
// applicant gets the case number and a status token.
import type { FormFile } from '@saqme/forms';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { describeRoute, resolver } from 'hono-openapi';
import { appendAudit } from '../../audit/chain.ts';
import { nextCaseNumber } from '../../cases/case-number.ts';
import {
  checkJsonForm,
  type ReadForm,
  readForm,
  storeFormFilesIn,
} from '../../cases/form-submission.ts';
import { cases, tenants } from '../../db/schema/index.ts';
import { withTenant } from '../../db/tenant.ts';
import type { PublicCaseReceipt } from '../../generated/public-case-receipt.ts';
import type { PublicCaseStart } from '../../generated/public-case-start.ts';
import { formDataWithIdentity, withIdentity } from '../../identity/citizen-form.ts';
import { type Citizen, maskedPersonalNumber } from '../../identity/citizen-identity.ts';
import type { CitizenPortal } from '../../identity/citizen-portal.ts';
import { statusToken } from '../../identity/status-token.ts';
import { versionOf } from '../../services/catalogue.ts';
import type { AppDeps, AppEnv } from '../env.ts';
import { jsonContent, jsonSchema } from '../json-schema.ts';
import { type PostedStart, postedStart } from '../posted-start.ts';
import { ProblemError } from '../problem.ts';
import { createRateLimiter } from '../rate-limit.ts';
import receiptSchema from '../schemas/public-case-receipt.schema.json' with { type: 'json' };
import startSchema from '../schemas/public-case-start.schema.json' with { type: 'json' };
import { problemResponses } from './openapi-common.ts';
import { publicCatalogue, startFormOf } from './public-catalogue.ts';
import { citizenOf, throttle } from './public-citizen.ts';
import { notFound } from './route-helpers.ts';

const StartBody = jsonSchema<PublicCaseStart>(startSchema);
const ReceiptBody = jsonSchema<PublicCaseReceipt>(receiptSchema);
const TENANT_ID = new RegExp(startSchema.properties.tenantId.pattern);

function readApplication(
  form: FormFile,
  body: PostedStart<'tenantId'>,
  citizen: Citizen,
  lang: 'ka' | 'en',
  now: Date,
  maxBytes: number,
): ReadForm {
  return 'formData' in body
    ? readForm(form, formDataWithIdentity(form, body.formData, citizen), lang, now, maxBytes)
    : checkJsonForm(form, withIdentity(form, body.data, citizen), lang, now);
}

export function publicCaseRoutes(deps: AppDeps, portal: CitizenPortal) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();
  const limiter = createRateLimiter(portal.limits.start);

  app.post(
    '/api/public/services/:serviceId/cases',
    describeRoute({
      tags: ['public'],
      summary:
        'Apply for a public service as the identified citizen: opens a case in the chosen tenant and returns its number and status token',
      security: [],
      requestBody: {
        content: {
          'application/json': { schema: resolver(StartBody) },
          'multipart/form-data': {
            schema: {
              type: 'object',
              description: "tenantId and the start form's fields by name; files as parts.",
            },
          },
        },
      },
      responses: {
        201: jsonContent(ReceiptBody, 'The case is open and its procedure started'),
        ...problemResponses(401, 404, 422, 429),
      },
    }),
    async (c) => {
      const [entry] = await publicCatalogue(db, portal, c.req.param('serviceId'));
      if (!entry) throw notFound();
      const citizen = await citizenOf(c, portal);
      // Everyone shares the demo citizen, so only the client address limits the demo.
      const perCitizen = citizen.demo ? [] : [`citizen:${citizen.personalNumber}`];
      throttle(limiter, `client:${deps.clientAddress(c)}`, ...perCitizen);
      const lang = c.get('lang');
      const now = deps.now();
      const body = await postedStart(c.req.raw, 'tenantId', TENANT_ID, StartBody);
      if (!entry.tenants.some((t) => t.id === body.tenantId))
        throw new ProblemError(422, 'public.tenant-not-offered', {
          issues: [{ code: 'public.tenant-not-offered', path: '/tenantId' }],
        });
      const actor = `citizen:${citizen.personalNumber}`;
      const opened = await withTenant(db, body.tenantId, async (tx) => {
        const [tenant] = await tx
          .select({ id: tenants.id })
          .from(tenants)
          .where(eq(tenants.id, body.tenantId));
        // The version whose `public` flag was checked, even if a newer one lands meanwhile.
        const version = tenant ? await versionOf(tx, entry.id, entry.version) : undefined;
        if (!version) throw notFound();
        const form = startFormOf(version.definition as typeof entry.definition);
        const read = readApplication(form, body, citizen, lang, now, deps.documents.maxBytes);
        if (!read.ok) throw new ProblemError(422, 'case.start-invalid', { issues: read.issues });
        const number = await nextCaseNumber(tx, body.tenantId, entry.id, now);
        const [row] = await tx
          .insert(cases)
          .values({
            tenantId: body.tenantId,
            serviceId: entry.id,
            serviceVersion: version.version,
            serviceHash: version.hash,
            number,
            initiator: actor,
            status: 'open',
            applicantPersonalNumber: citizen.personalNumber,
            data: read.data,
            openedAt: now,
          })
          .returning();
        await appendAudit(tx, {
          tenantId: body.tenantId,
          actor,
          type: 'case.opened',
          payload: {
            caseId: row!.id,
            number,
            serviceId: entry.id,
            version: version.version,
            channel: 'public',
            identity: portal.identity.kind,
          },
          at: now,
        });
        let data = read.data;
        if (read.files.size) {
          const stored = await storeFormFilesIn(tx, {
            tenantId: body.tenantId,
            actor,
            caseId: row!.id,
            data,
            files: read.files,
            now,
          });
          if (!stored.ok)
            throw new ProblemError(422, 'case.start-invalid', { issues: stored.issues });
          data = stored.data;
          await tx.update(cases).set({ data }).where(eq(cases.id, row!.id));
        }
        return { row: row!, version, data };
      });
      const { row, version, data } = opened;
      await deps.procedures.start({
        definition: { serviceId: row.serviceId, version: version.version, hash: version.hash },
        caseId: row.id,
        caseNumber: row.number!,
        tenantId: body.tenantId,
        initiator: actor,
        data,
      });
      deps.logger.info(
        {
          requestId: c.get('requestId'),
          caseId: row.id,
          tenantId: body.tenantId,
          applicant: maskedPersonalNumber(citizen.personalNumber),
          identity: portal.identity.kind,
        },
        'public application opened a case',
      );
      return c.json(
        {
          number: row.number!,
          statusToken: statusToken(portal.statusKey, body.tenantId, row.number!),
          serviceId: row.serviceId,
          tenantId: body.tenantId,
          openedAt: row.openedAt.toISOString(),
        } satisfies PublicCaseReceipt,
        201,
      );
    },
  );

  return app;
}
