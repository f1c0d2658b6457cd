// The port through which the public pages learn who the applicant is. A
// deployment plugs its national eID or OIDC provider in here; the embedded
// mode uses the demo identity. The runtime never keeps citizen accounts.

/** The person applying, as the identity provider vouches for them. */
export interface Citizen {
  /** Georgian personal number: 11 digits as text (leading zeros are real). */
  personalNumber: string;
  firstName: string;
  lastName: string;
  /** True for the demo identity: pages label it so nobody mistakes it for a real sign-in. */
  demo: boolean;
}

/** Why there is no citizen: the problem code the API answers with (401 by default). */
export interface IdentityRefusal {
  code: 'public.identity-required' | 'public.identity-invalid';
  /** Where the citizen signs in with the provider, when it has such a page. */
  signInUrl?: string;
}

export type IdentityResult =
  | { ok: true; citizen: Citizen }
  | { ok: false; refusal: IdentityRefusal };

export interface CitizenIdentity {
  /** Names the provider in logs and on the pages, e.g. `demo`, `none`, `eid`. */
  readonly kind: string;
  /** Resolves the applicant from the request (its cookies or headers), or says why not. */
  resolve(request: Request): Promise<IdentityResult>;
}

/** No provider configured: every public request that needs a citizen is refused. */
export function noIdentity(): CitizenIdentity {
  return {
    kind: 'none',
    resolve: async () => ({ ok: false, refusal: { code: 'public.identity-required' } }),
  };
}

const PERSONAL_NUMBER = /^[0-9]{11}$/;

/** A provider's answer checked before the runtime trusts it: a bad one is a bug in the provider. */
export function checkedCitizen(citizen: Citizen): Citizen {
  if (!PERSONAL_NUMBER.test(citizen.personalNumber))
    throw new Error('the identity provider returned a personal number that is not 11 digits');
  if (!citizen.firstName.trim() || !citizen.lastName.trim())
    throw new Error('the identity provider returned an empty name');
  return citizen;
}

/** The personal number as pages and logs show it: only the last two digits. */
export function maskedPersonalNumber(personalNumber: string): string {
  return `*********${personalNumber.slice(-2)}`;
}
