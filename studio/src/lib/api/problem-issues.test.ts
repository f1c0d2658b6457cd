import { describe, expect, it } from 'vitest';
import { formIssues } from './problem-issues.ts';

describe('formIssues', () => {
  it("turns the runtime's body pointers and codes into the form's, leaving other issues to the page", () => {
    expect(
      formIssues([
        { code: 'field.required', path: '/data/identityChecked', message: 'Fill in this field' },
        { code: 'document.type-not-allowed', path: '/data/photo', message: 'PDF, JPEG or PNG' },
        { code: 'request.invalid', path: '/other', message: 'x' },
      ]),
    ).toEqual([
      { code: 'required', path: '/identityChecked', message: 'Fill in this field' },
      { code: 'document.type-not-allowed', path: '/photo', message: 'PDF, JPEG or PNG' },
    ]);
  });
});
