// The applicant as a public page knows them: the provider's answer, or why there is none.
import type { PublicIdentity } from '$lib/api/generated/public-identity.ts';

export type IdentityState = { ok: true; citizen: PublicIdentity } | { ok: false; message: string };
