// Generated from examples/src/schemas/action-inputs.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * RFC 3339 in UTC, as FEEL now() gives it: the interpreter's clock, so replays give the same value.
 */
export type UtcInstant = string;

/**
 * What the example bundles send to each runtime action (the FEEL `gov:input` of their service tasks, evaluated). document.generate matches the runtime's DocumentSpec.
 */
export interface ActionInputs {
  'document.generate'?: DocumentGenerateInput;
  'seal.apply'?: SealApplyInput;
  'notify.send'?: NotifySendInput;
  'fee.charge'?: FeeChargeInput;
  'registry.lookupPerson'?: LookupPersonInput;
  'registry.lookupAccreditation'?: LookupAccreditationInput;
}
/**
 * A document described as data, rendered to PDF: the runtime's document-spec.
 */
export interface DocumentGenerateInput {
  /**
   * @minItems 1
   * @maxItems 2
   */
  languages: ['ka' | 'en'] | ['ka' | 'en', 'ka' | 'en'];
  issuer?: Text;
  title: Text;
  caseNumber: string;
  issuedAt: UtcInstant;
  /**
   * @maxItems 200
   */
  paragraphs?: Text[];
  /**
   * Case data printed as a two-column table.
   *
   * @maxItems 200
   */
  fields?: {
    label: ShortText;
    value: string | ShortText;
  }[];
}
export interface Text {
  ka?: string;
  en?: string;
}
export interface ShortText {
  ka?: string;
  en?: string;
}
/**
 * Seal a document generated earlier in the case, identified by the document action's output.
 */
export interface SealApplyInput {
  documentId: string;
  /**
   * The sha256 the document action reported; the action refuses to seal other bytes.
   */
  documentSha256: string;
  signedAt: UtcInstant;
}
/**
 * A message through the durable outbox. The runtime picks the address from `recipient` by `channel`.
 */
export interface NotifySendInput {
  /**
   * email, sms and post reach the applicant; secure is the applicant's personal account; staff is the task inbox of a role in the case's tenant; mfa is the Foreign Ministry's exchange.
   */
  channel: 'email' | 'sms' | 'post' | 'secure' | 'staff' | 'mfa';
  recipient: {
    personalNumber?: string;
    name?: string;
    email?: string | null;
    phone?: string | null;
    address?: string | null;
    role?: 'clerk' | 'supervisor';
    organisation?: 'mfa-protocol';
  };
  /**
   * <service id>.<message>, e.g. municipal-request.registered.
   */
  template: string;
  data: {
    [k: string]: unknown;
  };
}
export interface FeeChargeInput {
  /**
   * Stable per case and purpose: charging twice with the same key records one payment.
   */
  idempotencyKey: string;
  /**
   * In tetri (1 GEL = 100 tetri).
   */
  amount: number;
  currency: 'GEL';
  purpose: string;
  payerPersonalNumber: string;
}
export interface LookupPersonInput {
  personalNumber: string;
}
export interface LookupAccreditationInput {
  accreditationNumber: string;
}
