// Expected HTTP failures as values carried by one error type, rendered as
// application/problem+json (RFC 9457) with a stable code and a message in
// the request's language. Field issues accompany 422.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Language } from './language.ts';
import { type LocalizedMessage, type MessageCode, message } from './messages.ts';

export type FieldIssue =
  | {
      code: MessageCode;
      /** JSON pointer into the request body (or a bundle file and pointer). */
      path: string;
      params?: Record<string, unknown>;
    }
  | {
      /** A code of another catalogue (e.g. the engine's diagnostics), with its own ka/en message. */
      code: string;
      path: string;
      message: LocalizedMessage;
    };

export class ProblemError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: MessageCode;
  readonly params: Record<string, unknown>;
  readonly issues: FieldIssue[];
  readonly headers: Record<string, string>;

  constructor(
    status: ContentfulStatusCode,
    code: MessageCode,
    options: {
      params?: Record<string, unknown>;
      issues?: FieldIssue[];
      headers?: Record<string, string>;
    } = {},
  ) {
    super(code);
    this.name = 'ProblemError';
    this.status = status;
    this.code = code;
    this.params = options.params ?? {};
    this.issues = options.issues ?? [];
    this.headers = options.headers ?? {};
  }
}

export function problemBody(
  problem: ProblemError,
  lang: Language,
  instance: string,
  requestId?: string,
) {
  return {
    type: `urn:saqme:problem:${problem.code}`,
    title: message(problem.code, lang, problem.params),
    status: problem.status,
    code: problem.code,
    instance,
    ...(requestId ? { requestId } : {}),
    ...(problem.issues.length
      ? {
          issues: problem.issues.map((i) => ({
            code: i.code,
            path: i.path,
            message: 'message' in i ? i.message[lang] : message(i.code, lang, i.params),
          })),
        }
      : {}),
  };
}

export function problemResponse(c: Context, problem: ProblemError): Response {
  const lang = (c.get('lang') as Language | undefined) ?? 'ka';
  const body = problemBody(problem, lang, c.req.path, c.get('requestId') as string | undefined);
  return c.newResponse(JSON.stringify(body), problem.status, {
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Content-Language': lang,
    ...problem.headers,
  });
}
