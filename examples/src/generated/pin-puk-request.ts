// Generated from examples/pin-puk-recovery/forms/pin-puk-request.form.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

export interface PinPukRequest {
  personalNumber: string;
  firstName: string;
  lastName: string;
  cardNumber: string;
  reason: 'pin-forgotten' | 'pin-blocked' | 'puk-blocked' | 'envelope-lost';
  delivery: 'envelope' | 'secure';
  phone: string;
  consent: true;
}
