// Creating, validating and ending sessions. Validation enforces an idle
// timeout (refreshed at most once a minute, to spare writes) and an absolute
// one. Runs as the owner: a session is read before any tenant is known.
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { type Session, sessions } from '../db/schema/index.ts';
import {
  generateSecureRandomString,
  hashSecret,
  secretMatches,
  splitToken,
} from './session-token.ts';

export interface SessionPolicy {
  idleTimeoutMs: number;
  absoluteTimeoutMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleTimeoutMs: 30 * 60_000,
  absoluteTimeoutMs: 12 * 60 * 60_000,
};

const ACTIVITY_CHECK_INTERVAL_MS = 60_000;

export async function createSession(
  db: Db,
  userId: string,
  tenantId: string,
  now: Date,
): Promise<{ token: string; session: Session }> {
  const id = generateSecureRandomString();
  const secret = generateSecureRandomString();
  const [session] = await db
    .insert(sessions)
    .values({
      id,
      secretHash: hashSecret(secret),
      userId,
      tenantId,
      createdAt: now,
      lastVerifiedAt: now,
    })
    .returning();
  return { token: `${id}.${secret}`, session: session! };
}

export type SessionVerdict = 'valid' | 'refresh' | 'expired' | 'invalid';

/** Judges a stored session against the presented secret and the clock; pure. */
export function judgeSession(
  session: Session,
  secret: string,
  now: Date,
  policy: SessionPolicy,
): SessionVerdict {
  if (!secretMatches(secret, session.secretHash)) return 'invalid';
  const t = now.getTime();
  if (
    t - session.createdAt.getTime() >= policy.absoluteTimeoutMs ||
    t - session.lastVerifiedAt.getTime() >= policy.idleTimeoutMs
  ) {
    return 'expired';
  }
  return t - session.lastVerifiedAt.getTime() >= ACTIVITY_CHECK_INTERVAL_MS ? 'refresh' : 'valid';
}

/** Applies a verdict: ends an expired session, records activity; returns the live session or null. */
export async function applyVerdict(
  db: Db,
  session: Session,
  verdict: SessionVerdict,
  now: Date,
): Promise<Session | null> {
  if (verdict === 'invalid') return null;
  if (verdict === 'expired') {
    await deleteSession(db, session.id);
    return null;
  }
  if (verdict === 'refresh') {
    await db.update(sessions).set({ lastVerifiedAt: now }).where(eq(sessions.id, session.id));
    return { ...session, lastVerifiedAt: now };
  }
  return session;
}

export async function validateSessionToken(
  db: Db,
  token: string,
  now: Date,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<Session | null> {
  const parts = splitToken(token);
  if (!parts) return null;
  const [session] = await db.select().from(sessions).where(eq(sessions.id, parts.id));
  if (!session) return null;
  return applyVerdict(db, session, judgeSession(session, parts.secret, now, policy), now);
}

export function sessionExpiresAt(
  session: Session,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Date {
  return new Date(
    Math.min(
      session.createdAt.getTime() + policy.absoluteTimeoutMs,
      session.lastVerifiedAt.getTime() + policy.idleTimeoutMs,
    ),
  );
}

export async function setSessionTenant(db: Db, sessionId: string, tenantId: string): Promise<void> {
  await db.update(sessions).set({ tenantId }).where(eq(sessions.id, sessionId));
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function deleteUserSessions(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
