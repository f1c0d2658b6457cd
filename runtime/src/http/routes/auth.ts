// Sign-in, sign-out, the current session, and choosing the tenant to act in.
// Every outcome is audited in the tenant it concerns.

import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { describeRoute } from 'hono-openapi';
import { recordAudit } from '../../audit/record.ts';
import { chooseTenant, findUserByUsername, grantsOf } from '../../auth/accounts.ts';
import { DUMMY_HASH, verifyPassword } from '../../auth/password.ts';
import {
  createSession,
  deleteSession,
  sessionExpiresAt,
  setSessionTenant,
} from '../../auth/sessions.ts';
import { tenants } from '../../db/schema/index.ts';
import type { LoginRequest } from '../../generated/login-request.ts';
import type { SessionInfo } from '../../generated/session-info.ts';
import type { TenantSwitch } from '../../generated/tenant-switch.ts';
import type { AppDeps, AppEnv, AuthState } from '../env.ts';
import { jsonContent, jsonSchema, validJson } from '../json-schema.ts';
import { authOf, resolveAuth, SESSION_COOKIE } from '../middleware/session.ts';
import { ProblemError } from '../problem.ts';
import { createRateLimiter } from '../rate-limit.ts';
import loginSchema from '../schemas/login-request.schema.json' with { type: 'json' };
import sessionSchema from '../schemas/session-info.schema.json' with { type: 'json' };
import switchSchema from '../schemas/tenant-switch.schema.json' with { type: 'json' };
import { problemResponses } from './openapi-common.ts';

const LoginBody = jsonSchema<LoginRequest>(loginSchema);
const SwitchBody = jsonSchema<TenantSwitch>(switchSchema);
const SessionBody = jsonSchema<SessionInfo>(sessionSchema);

function sessionInfo(auth: AuthState, deps: AppDeps): SessionInfo {
  return {
    user: auth.user,
    tenantId: auth.tenantId,
    roles: auth.roles,
    grants: auth.grants,
    expiresAt: sessionExpiresAt(auth.session, deps.sessionPolicy).toISOString(),
  };
}

export function authRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const perUser = createRateLimiter(deps.login.perUser);
  const perClient = createRateLimiter(deps.login.perClient);
  const app = new Hono<AppEnv>();

  async function refuse(
    username: string,
    tenantId: string | undefined,
    actor: string,
    reason: string,
  ) {
    perUser.hit(username);
    deps.metrics.increment('saqme_login_failures_total', 'Failed sign-in attempts.', { reason });
    deps.logger.warn({ username, reason }, 'sign-in refused');
    const target = tenantId ?? deps.systemTenantId;
    const [exists] = await db
      .select({ id: tenants.id })
      .from(tenants)
      .where(eq(tenants.id, target));
    if (exists) {
      await recordAudit(db, {
        tenantId: target,
        actor,
        type: 'auth.login-failed',
        payload: { username, reason },
        at: deps.now(),
      });
    }
  }

  app.post(
    '/api/auth/login',
    describeRoute({
      tags: ['auth'],
      summary: 'Sign in; sets the session cookie and returns the session',
      responses: {
        200: jsonContent(SessionBody, 'Signed in'),
        ...problemResponses(401, 403, 422, 429),
      },
    }),
    validJson(LoginBody),
    async (c) => {
      const body = c.req.valid('json');
      const username = body.username.toLowerCase();
      const client = perClient.hit(deps.clientAddress(c));
      const user = perUser.check(username);
      if (!client.allowed || !user.allowed) {
        const seconds = Math.max(client.retryAfterSeconds, user.retryAfterSeconds);
        throw new ProblemError(429, 'auth.rate-limited', {
          params: { seconds },
          headers: { 'Retry-After': String(seconds) },
        });
      }
      const found = await findUserByUsername(db, username);
      const passwordOk = await verifyPassword(found?.passwordHash ?? DUMMY_HASH, body.password);
      if (!found || !passwordOk || found.disabledAt) {
        const reason = !found ? 'unknown-user' : found.disabledAt ? 'disabled' : 'wrong-password';
        await refuse(
          username,
          found?.homeTenantId,
          found ? found.id : `anonymous:${username}`,
          reason,
        );
        throw new ProblemError(401, 'auth.invalid-credentials');
      }
      const grants = await grantsOf(db, found.id);
      const tenantId = chooseTenant(found, grants, body.tenantId);
      if (!tenantId) {
        await refuse(username, found.homeTenantId, found.id, 'tenant-not-granted');
        throw new ProblemError(403, 'auth.tenant-not-granted');
      }
      perUser.reset(username);
      const { token } = await createSession(db, found.id, tenantId, deps.now());
      await recordAudit(db, {
        tenantId,
        actor: found.id,
        type: 'auth.login',
        payload: { username },
        at: deps.now(),
      });
      setCookie(c, SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: new URL(c.req.url).protocol === 'https:',
        path: '/',
        maxAge: Math.floor(deps.sessionPolicy.absoluteTimeoutMs / 1000),
      });
      const auth = (await resolveAuth(deps, token))!;
      c.header('Cache-Control', 'no-store');
      return c.json(sessionInfo(auth, deps), 200);
    },
  );

  app.post(
    '/api/auth/logout',
    describeRoute({
      tags: ['auth'],
      summary: 'Sign out; ends the session',
      responses: { 204: { description: 'Signed out' } },
    }),
    async (c) => {
      const auth = c.get('auth');
      if (auth) {
        await deleteSession(db, auth.session.id);
        await recordAudit(db, {
          tenantId: auth.tenantId,
          actor: auth.user.id,
          type: 'auth.logout',
          payload: {},
          at: deps.now(),
        });
      }
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );

  app.get(
    '/api/auth/session',
    describeRoute({
      tags: ['auth'],
      summary: 'The current session',
      responses: { 200: jsonContent(SessionBody, 'The session'), ...problemResponses(401) },
    }),
    (c) => c.json(sessionInfo(authOf(c), deps)),
  );

  app.put(
    '/api/auth/tenant',
    describeRoute({
      tags: ['auth'],
      summary: 'Act in another tenant among those where the user holds a role',
      responses: {
        200: jsonContent(SessionBody, 'The session, now in the chosen tenant'),
        ...problemResponses(401, 403, 422),
      },
    }),
    validJson(SwitchBody),
    async (c) => {
      const auth = authOf(c);
      const { tenantId } = c.req.valid('json');
      if (!auth.grants.some((g) => g.tenantId === tenantId))
        throw new ProblemError(403, 'auth.tenant-not-granted');
      await setSessionTenant(db, auth.session.id, tenantId);
      await recordAudit(db, {
        tenantId,
        actor: auth.user.id,
        type: 'auth.tenant-switched',
        payload: { from: auth.tenantId },
        at: deps.now(),
      });
      const session = { ...auth.session, tenantId };
      const roles = auth.grants.filter((g) => g.tenantId === tenantId).map((g) => g.role);
      return c.json(sessionInfo({ ...auth, session, tenantId, roles }, deps));
    },
  );

  return app;
}
