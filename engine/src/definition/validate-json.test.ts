import { describe, expect, it } from 'vitest';
import serviceSchema from '../schemas/service.schema.json' with { type: 'json' };
import { validateJson } from './validate-json.ts';

const valid = {
  schemaVersion: 1,
  id: 'pin-puk-recovery',
  title: { ka: 'PIN/PUK კოდის აღდგენა', en: 'PIN/PUK recovery' },
  roles: [{ id: 'clerk', title: { ka: 'ოპერატორი', en: 'Clerk' } }],
  startForm: 'request',
};

describe('validateJson', () => {
  it('accepts a file that matches its schema', () => {
    expect(validateJson(serviceSchema, valid)).toEqual([]);
  });

  it('reports each violation with a JSON pointer and keyword', () => {
    const issues = validateJson(serviceSchema, {
      ...valid,
      id: 'Not Kebab',
      roles: [{ id: 'clerk' }],
      extra: true,
      actions: { 'registry.issue': { title: { ka: 'x', en: 'y' }, retry: { maximumAttempts: 0 } } },
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: '/id', keyword: 'pattern' }),
        expect.objectContaining({ pointer: '/roles/0', keyword: 'required' }),
        expect.objectContaining({ pointer: '/extra', keyword: 'additionalProperties' }),
        expect.objectContaining({
          pointer: '/actions/registry.issue/retry/maximumAttempts',
          keyword: 'minimum',
        }),
      ]),
    );
  });

  it('stops at 50 issues', () => {
    const roles = Array.from({ length: 90 }, () => ({}));
    expect(validateJson(serviceSchema, { ...valid, roles })).toHaveLength(50);
  });
});
