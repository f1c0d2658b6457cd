// Generated from examples/diplomatic-id/forms/card-production.form.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

export interface CardProduction {
  cardNumber: string;
  validUntil: string;
  chipPersonalised: true;
  qualityChecked: true;
}
