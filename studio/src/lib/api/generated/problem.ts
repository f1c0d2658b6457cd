// Generated from runtime/src/http/schemas/problem.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

/**
 * An error as application/problem+json (RFC 9457): a stable code and a message in the language chosen by Accept-Language.
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  instance?: string;
  requestId?: string;
  issues?: {
    code: string;
    /**
     * JSON pointer into the request body
     */
    path: string;
    message: string;
  }[];
  [k: string]: unknown;
}
