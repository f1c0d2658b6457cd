// Generated from examples/municipal-request/forms/department-review.form.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

export interface DepartmentReview {
  result: 'granted' | 'partly-granted' | 'refused';
  answer: string;
  refusalBasis: string;
}
