// Generated from examples/municipal-request/forms/escalation.form.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

export interface Escalation {
  action: 'extend' | 'answer';
  extensionDays: number;
  reason: string;
}
