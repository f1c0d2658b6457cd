// Generated from examples/pin-puk-recovery/forms/identity-verification.form.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

export interface IdentityVerification {
  documentPresented: 'id-card' | 'passport';
  faceMatch: 'match' | 'no-match';
  refusalNote: string;
}
