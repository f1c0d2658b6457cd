// An Update's refusal as a problem: form errors are 422 with the workflow's
// field issues; any other refusal (task closed, case finished, no such
// incident) is 409 with the workflow's reason.
import type { UpdateResult } from '../../cases/procedures.ts';
import type { MessageCode } from '../messages.ts';
import { ProblemError } from '../problem.ts';

export function accepted(result: UpdateResult, formCode: MessageCode = 'task.form-invalid') {
  if (result.ok) return result.outcome;
  const { refusal } = result;
  if (refusal.issues?.length) {
    throw new ProblemError(422, formCode, {
      issues: refusal.issues.map((i) => ({
        code: `field.${i.code}`,
        path: `/data${i.path}`,
        message: { ka: i.message, en: i.message },
      })),
    });
  }
  throw new ProblemError(409, 'procedure.refused', { params: { reason: refusal.code } });
}
