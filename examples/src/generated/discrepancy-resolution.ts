// Generated from examples/civil-act-digitisation/forms/discrepancy-resolution.form.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

export interface DiscrepancyResolution {
  /**
   * @minItems 1
   * @maxItems 500
   */
  records: [
    {
      actNumber: string;
      actDate: string;
      lastName: string;
      firstName: string;
      fatherName?: string;
      place: string;
      personalNumber?: string;
    },
    ...{
      actNumber: string;
      actDate: string;
      lastName: string;
      firstName: string;
      fatherName?: string;
      place: string;
      personalNumber?: string;
    }[]
  ];
  discrepancyNote: string;
}
