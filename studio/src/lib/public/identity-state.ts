// The applicant as a public page knows them: the provider's answer, or why
// there is none and where the provider's sign-in page is, when it has one.
import type { PublicIdentity } from '$lib/api/generated/public-identity.ts';

export type IdentityState =
  | { ok: true; citizen: PublicIdentity }
  | { ok: false; message: string; signInUrl?: string };
