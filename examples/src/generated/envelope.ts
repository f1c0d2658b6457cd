// Generated from examples/pin-puk-recovery/forms/envelope.form.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

export interface Envelope {
  envelopeNumber: string;
  envelopeIntact: true;
  receivedInPerson: true;
}
