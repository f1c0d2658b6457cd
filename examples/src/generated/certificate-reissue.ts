// Generated from examples/pin-puk-recovery/forms/certificate-reissue.form.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

export interface CertificateReissue {
  previousRevoked: true;
  authenticationSerial: string;
  signingSerial: string;
}
