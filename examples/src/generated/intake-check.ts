// Generated from examples/diplomatic-id/forms/intake-check.form.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

export interface IntakeCheck {
  passportVerified: boolean;
  photoCheck: 'compliant' | 'non-compliant' | 'not-applicable';
  decision: 'accept' | 'reject';
  rejectionReason: string;
}
