// Opaque keyset cursors: the sort key of the last row of a page, so the next
// page starts after it without OFFSET scans.
import { decodeBase64urlIgnorePadding, encodeBase64urlNoPadding } from '@oslojs/encoding';
import { ProblemError } from '../problem.ts';

export function encodeCursor(key: [string, string]): string {
  return encodeBase64urlNoPadding(new TextEncoder().encode(JSON.stringify(key)));
}

export function decodeCursor(cursor: string | undefined): [string, string] | undefined {
  if (!cursor) return undefined;
  try {
    const key = JSON.parse(new TextDecoder().decode(decodeBase64urlIgnorePadding(cursor)));
    if (Array.isArray(key) && key.length === 2 && key.every((k) => typeof k === 'string')) {
      return key as [string, string];
    }
  } catch {
    // Falls through to the problem below.
  }
  throw new ProblemError(422, 'request.invalid', {
    issues: [{ code: 'field.invalid', path: '/cursor' }],
  });
}
