// Resolves the session from the cookie (browsers) or a bearer token (API
// clients) and loads the user's grants; routes then require roles in the
// session's current tenant.
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { findUserById, grantsOf } from '../../auth/accounts.ts';
import { validateSessionToken } from '../../auth/sessions.ts';
import type { Role } from '../../db/schema/index.ts';
import type { AppDeps, AppEnv, AuthState } from '../env.ts';
import { ProblemError } from '../problem.ts';

export const SESSION_COOKIE = 'saqme_session';

function tokenOf(header: string | undefined, cookie: string | undefined): string | undefined {
  const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  return bearer ?? cookie;
}

export async function resolveAuth(deps: AppDeps, token: string): Promise<AuthState | undefined> {
  const { db } = deps.database;
  const session = await validateSessionToken(db, token, deps.now(), deps.sessionPolicy);
  if (!session) return undefined;
  const user = await findUserById(db, session.userId);
  if (!user || user.disabledAt) return undefined;
  const grants = await grantsOf(db, user.id);
  return {
    session,
    user: { id: user.id, username: user.username, displayName: user.displayName },
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
