// Generated from examples/diplomatic-id/forms/handover.form.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

export interface Handover {
  receivedBy: 'holder' | 'mission-representative';
  receiverName: string;
  receiverDocument: string;
  acknowledged: true;
}
