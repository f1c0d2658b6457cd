// Generated from examples/municipal-request/forms/registration.form.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

export interface Registration {
  department: 'infrastructure' | 'urban-development' | 'social' | 'property' | 'finance' | 'legal';
  identityChecked: true;
  note?: string;
}
