import { describe, expect, it } from 'vitest';
import { loadForm } from '../../test/fixtures.ts';
import { readSubmission } from './read-submission.ts';

const form = loadForm('municipal-request');

function formData(entries: [string, string][]): FormData {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
}

const valid: [string, string][] = [
  ['applicantType', 'person'],
  ['personalNumber', '35001012345'],
  ['fullName', 'გიორგი მაისურაძე'],
  ['phone', '+995 599 000 111'],
  ['municipality', 'kutaisi'],
  ['category', 'lighting'],
  ['description', 'ქუჩაზე სამი კვირაა არ ანათებს განათების ბოძი.'],
  ['responseChannels', 'sms'],
];

describe('readSubmission', () => {
  it('returns typed, valid data', () => {
    const outcome = readSubmission(form, formData(valid), 'ka');
    expect(outcome).toMatchObject({
      kind: 'valid',
      value: { phone: '+995599000111', responseChannels: ['sms'] },
    });
  });

  it('returns the values as typed with the issues in the requested language', () => {
    const outcome = readSubmission(form, formData([...valid, ['householdSize', '0']]), 'en');
    expect(outcome).toMatchObject({
      kind: 'invalid',
      values: { householdSize: 0 },
      issues: [{ path: '/householdSize', code: 'minimum', message: 'Must be 1 or more' }],
    });
  });

  it('applies an add button without validating', () => {
    const idCard = loadForm('id-card-application');
    const outcome = readSubmission(idCard, formData([['__intent', 'add:minors']]), 'ka');
    expect(outcome).toEqual({
      kind: 'changed',
      values: { withMinors: false, consent: false, minors: [{}] },
      issues: [],
    });
  });
});
