// The current tenant's audit trail, for auditors and admins: pages of events
// and a verification of the chain.
import { and, asc, eq, gt } from 'drizzle-orm';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { verifyAudit } from '../../audit/verify.ts';
import { auditEvents } from '../../db/schema/index.ts';
import { withTenant } from '../../db/tenant.ts';
import type { AuditEventList } from '../../generated/audit-event-list.ts';
import type { AuditVerification } from '../../generated/audit-verification.ts';
import type { AppDeps, AppEnv } from '../env.ts';
import { jsonContent, jsonSchema } from '../json-schema.ts';
import { authOf, requireRole } from '../middleware/session.ts';
import listSchema from '../schemas/audit-event-list.schema.json' with { type: 'json' };
import verificationSchema from '../schemas/audit-verification.schema.json' with { type: 'json' };
import { problemResponses } from './openapi-common.ts';

const ListBody = jsonSchema<AuditEventList>(listSchema);
const VerificationBody = jsonSchema<AuditVerification>(verificationSchema);

function intQuery(value: string | undefined, fallback: number, max: number): number {
  const n = Number(value);
  return Number.isSafeInteger(n) && n >= 0 ? Math.min(n, max) : fallback;
}

export function auditRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();
  const readers = requireRole('auditor', 'admin');

  app.get(
    '/api/audit/events',
    describeRoute({
      tags: ['audit'],
      summary: "A page of this tenant's audit events (query: after, limit)",
      responses: {
        200: jsonContent(ListBody, 'Events, oldest first'),
        ...problemResponses(401, 403),
      },
    }),
    readers,
    async (c) => {
      const auth = authOf(c);
      const after = intQuery(c.req.query('after'), 0, Number.MAX_SAFE_INTEGER);
      const limit = intQuery(c.req.query('limit'), 100, 500) || 100;
      const rows = await withTenant(db, auth.tenantId, (tx) =>
        tx
          .select()
          .from(auditEvents)
          .where(and(eq(auditEvents.tenantId, auth.tenantId), gt(auditEvents.seq, after)))
          .orderBy(asc(auditEvents.seq))
          .limit(limit),
      );
      const items = rows.map(({ tenantId: _t, at, ...e }) => ({
        ...e,
        payload: e.payload as Record<string, unknown>,
        at: at.toISOString(),
      }));
      return c.json({
        items,
        next: rows.length === limit ? (rows.at(-1)?.seq ?? null) : null,
      } satisfies AuditEventList);
    },
  );

  app.get(
    '/api/audit/verify',
    describeRoute({
      tags: ['audit'],
      summary: "Verify this tenant's audit hash chain",
      responses: {
        200: jsonContent(VerificationBody, 'The verification'),
        ...problemResponses(401, 403),
      },
    }),
    readers,
    async (c) => {
      const result = await verifyAudit(db, authOf(c).tenantId);
      const body: AuditVerification = {
        ok: result.ok,
        events: result.tenants[0]?.events ?? 0,
        breaks: result.breaks.map(({ seq, code }) => ({ seq, code })),
      };
      return c.json(body);
    },
  );

  return app;
}
