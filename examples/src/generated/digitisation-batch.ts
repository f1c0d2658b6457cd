// Generated from examples/civil-act-digitisation/forms/digitisation-batch.form.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

export interface DigitisationBatch {
  batchNumber: string;
  actType: 'birth' | 'marriage' | 'divorce' | 'death';
  registryOffice: string;
  registerYear: number;
  volume: string;
  recordCount: number;
  scans: {
    name: string;
    type: 'application/pdf' | 'image/tiff';
    size: number;
    ref?: string;
  };
}
