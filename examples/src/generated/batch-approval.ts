// Generated from examples/civil-act-digitisation/forms/batch-approval.form.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

export interface BatchApproval {
  decision: 'approve' | 're-enter' | 'rescan';
  comment: string;
}
