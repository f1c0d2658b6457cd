// The applicant of a public request, from the installation's identity
// provider; a request without one is refused with the provider's reason.
import type { Context } from 'hono';
import { type Citizen, checkedCitizen } from '../../identity/citizen-identity.ts';
import type { CitizenPortal } from '../../identity/citizen-portal.ts';
import type { AppEnv } from '../env.ts';
import { ProblemError } from '../problem.ts';
import type { RateLimiter } from '../rate-limit.ts';

export async function citizenOf(c: Context<AppEnv>, portal: CitizenPortal): Promise<Citizen> {
  const result = await portal.identity.resolve(c.req.raw);
  if (result.ok) return checkedCitizen(result.citizen);
  const { code, signInUrl } = result.refusal;
  throw new ProblemError(401, code, {
    ...(signInUrl
      ? { params: { signInUrl }, headers: { Link: `<${signInUrl}>; rel="login"` } }
      : {}),
  });
}

/** Counts one request against each key; the first over its limit refuses with Retry-After. */
export function throttle(limiter: RateLimiter, ...keys: string[]): void {
  for (const key of keys) {
    const decision = limiter.hit(key);
    if (!decision.allowed) {
      const seconds = decision.retryAfterSeconds;
      throw new ProblemError(429, 'public.rate-limited', {
        params: { seconds },
        headers: { 'Retry-After': String(seconds) },
      });
    }
  }
}
