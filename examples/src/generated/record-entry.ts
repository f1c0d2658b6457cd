// Generated from examples/civil-act-digitisation/forms/record-entry.form.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

export interface RecordEntry {
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
}
