// Generated from runtime/src/http/schemas/bundle-diff.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * Files that differ between two versions (or a version and the draft), each with a unified diff.
 */
export interface BundleDiff {
  from: string;
  to: string;
  files: {
    path: string;
    status: 'added' | 'removed' | 'changed';
    patch: string;
  }[];
}
