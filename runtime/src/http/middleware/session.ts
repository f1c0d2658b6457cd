// Resolves the session from the cookie (browsers) or a bearer token (API
// clients) and loads the user's grants; routes then require roles in the
// session's current tenant.

import { asc, eq, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { splitToken } from '../../auth/session-token.ts';
import { applyVerdict, judgeSession } from '../../auth/sessions.ts';
import { compileRead, runRead } from '../../db/compiled-read.ts';
import { type Role, roleGrants, type Session, sessions, users } from '../../db/schema/index.ts';
import type { AppDeps, AppEnv, AuthState } from '../env.ts';
import { ProblemError } from '../problem.ts';

export const SESSION_COOKIE = 'saqme_session';

function tokenOf(header: string | undefined, cookie: string | undefined): string | undefined {
  const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  return bearer ?? cookie;
}

/**
 * The session, its user and all their grants: one row per grant (one with
 * null grant columns when there is none). Compiled once: it runs on every
 * request, as a prepared statement.
 */
const SESSION_READ = compileRead(
  new QueryBuilder()
    .select({
      id: sessions.id,
      secretHash: sessions.secretHash,
      userId: sessions.userId,
      tenantId: sessions.tenantId,
      createdAt: sessions.createdAt,
      lastVerifiedAt: sessions.lastVerifiedAt,
      username: users.username,
      displayName: users.displayName,
      disabledAt: users.disabledAt,
      grantTenantId: roleGrants.tenantId,
      grantRole: roleGrants.role,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(roleGrants, eq(roleGrants.userId, sessions.userId))
    .where(eq(sessions.id, sql.placeholder('id')))
    .orderBy(asc(roleGrants.tenantId), asc(roleGrants.role)),
);

/** One query loads the session, its user and all their grants; then the verdict is applied. */
export async function resolveAuth(deps: AppDeps, token: string): Promise<AuthState | undefined> {
  const parts = splitToken(token);
  if (!parts) return undefined;
  const rows = await runRead(deps.database, SESSION_READ, { id: parts.id });
  const first = rows[0];
  if (!first || first.disabledAt) return undefined;
  const stored: Session = {
    id: first.id,
    secretHash: first.secretHash,
    userId: first.userId,
    tenantId: first.tenantId,
    createdAt: first.createdAt,
    lastVerifiedAt: first.lastVerifiedAt,
  };
  const now = deps.now();
  const verdict = judgeSession(stored, parts.secret, now, deps.sessionPolicy);
  const session = await applyVerdict(deps.database.db, stored, verdict, now);
  if (!session) return undefined;
  const grants = rows.flatMap((r) =>
    r.grantTenantId && r.grantRole ? [{ tenantId: r.grantTenantId, role: r.grantRole }] : [],
  );
  return {
    session,
    user: { id: first.userId, username: first.username, displayName: first.displayName },
    tenantId: session.tenantId,
    roles: grants.filter((g) => g.tenantId === session.tenantId).map((g) => g.role),
    grants,
  };
}

export function sessionAuth(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async function authenticate(c, next) {
    const token = tokenOf(c.req.header('Authorization'), getCookie(c, SESSION_COOKIE));
    c.set('auth', token ? await resolveAuth(deps, token) : undefined);
    await next();
  };
}

/** The signed-in user's state; 401 when anonymous. */
export function authOf(c: { get(key: 'auth'): AuthState | undefined }): AuthState {
  const auth = c.get('auth');
  if (!auth) throw new ProblemError(401, 'auth.required');
  return auth;
}

/** Requires one of the roles in the session's current tenant (401 anonymous, 403 otherwise). */
export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async function checkRole(c, next) {
    const auth = authOf(c);
    if (!roles.some((r) => auth.roles.includes(r))) throw new ProblemError(403, 'auth.forbidden');
    await next();
  };
}
