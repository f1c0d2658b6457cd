// Generated from runtime/src/http/schemas/public-identity.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * The applicant as the identity provider vouches for them; the personal number is masked to its last two digits.
 */
export interface PublicIdentity {
  /**
   * The provider: demo, eid, ...
   */
  kind: string;
  firstName: string;
  lastName: string;
  personalNumber: string;
  /**
   * A demo identity: pages must say so.
   */
  demo: boolean;
}
