// Generated from examples/diplomatic-id/forms/revocation.form.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

export interface Revocation {
  cardReturned: 'returned' | 'lost' | 'not-returned';
  invalidated: true;
  note?: string;
}
