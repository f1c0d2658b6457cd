// Generated from runtime/src/http/schemas/bundle.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * A service bundle as JSON: file paths relative to the bundle root mapped to their text. A ZIP archive (application/zip) is accepted too.
 */
export interface BundleFiles {
  files: {
    [k: string]: string;
  };
}
