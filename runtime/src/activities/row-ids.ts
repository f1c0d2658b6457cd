// The projection's keys come from the engine: case ids are the ids the
// runtime gave (UUIDs), sub-cases and tasks carry engine ids such as
// `<case>/<child>` or `<node>/<visit>`. Those map to a UUID derived from the
// id by SHA-256, so a repeated write hits the same row.
import { createHash } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function derivedUuid(name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  // Version 8 (custom) and the RFC 9562 variant, so it is a well-formed UUID.
  const variant = ((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The row id of a case: its own id when it is a UUID, else one derived from it. */
export function caseRowId(caseId: string): string {
  return UUID.test(caseId) ? caseId : derivedUuid(`case:${caseId}`);
}

/** The row id of a task of a case. */
export function taskRowId(caseId: string, taskId: string): string {
  return derivedUuid(`task:${caseId}:${taskId}`);
}
