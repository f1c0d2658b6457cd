// The case's earlier form data, in order, from its timeline: the start form
// (`case.caseStarted`) and each completed task (`case.taskCompleted`), each
// with the form it was entered in, so it can be shown with its labels.
import type { Definition, Localized } from '@saqme/engine';
import type { FormFile } from '@saqme/forms';
import type { TimelineEvent } from './case-detail.ts';
import { formFileOf } from './form-file.ts';

export interface Submission {
  seq: number;
  at: string;
  actor: string;
  title: Localized;
  form: FormFile | undefined;
  data: Record<string, unknown>;
}

const record = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;

export function submissionsOf(definition: Definition, timeline: TimelineEvent[]): Submission[] {
  const out: Submission[] = [];
  for (const e of timeline) {
    const data = record(record(e.payload.data)?.data);
    if (!data) continue;
    const base = { seq: e.seq, at: e.at, actor: e.actor, data };
    if (e.type === 'case.caseStarted') {
      const key = definition.service.startForm;
      const form = formFileOf(definition, key);
      out.push({ ...base, title: form?.title ?? definition.service.title, form });
    } else if (e.type === 'case.taskCompleted' && e.payload.node) {
      const node = definition.nodes[e.payload.node];
      const form = node?.form ? formFileOf(definition, node.form) : undefined;
      const id = e.payload.node;
      out.push({ ...base, title: node?.name ?? form?.title ?? { ka: id, en: id }, form });
    }
  }
  return out;
}
