import { describe, expect, it } from 'vitest';
import { loadForm } from '../../test/fixtures.ts';
import { applyIntent, fromFormData } from './from-form-data.ts';

function formData(entries: [string, string | File][]): FormData {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
}

describe('fromFormData', () => {
  const municipal = loadForm('municipal-request');
  const idCard = loadForm('id-card-application');

  it('types numbers, choices and lists, and drops blank inputs', () => {
    const { data } = fromFormData(
      municipal,
      formData([
        ['applicantType', 'person'],
        ['fullName', '  გიორგი მაისურაძე '],
        ['email', ''],
        ['householdSize', '4'],
        ['responseChannels', 'email'],
        ['responseChannels', 'sms'],
        ['incidentDate', '02.10.2026'],
        ['phone', '599 00 01 11'],
      ]),
    );
    expect(data).toEqual({
      applicantType: 'person',
      fullName: 'გიორგი მაისურაძე',
      householdSize: 4,
      responseChannels: ['email', 'sms'],
      incidentDate: '2026-10-02',
      phone: '+995599000111',
    });
  });

  it('keeps text that is not a number, so validation can say so', () => {
    const { data } = fromFormData(municipal, formData([['householdSize', 'four']]));
    expect(data.householdSize).toBe('four');
  });

  it('reads checkboxes as booleans, repeatable groups as lists and files as metadata', () => {
    const photo = new File([new Uint8Array(10)], 'photo.jpg', { type: 'image/jpeg' });
    const { data, files } = fromFormData(
      idCard,
      formData([
        ['personalNumber', '0102 4056 789'],
        ['withMinors', 'true'],
        ['photo', photo],
        ['minors.1', ''],
        ['minors.1.fullName', 'ანა ბერიძე'],
        ['minors.0', ''],
        ['minors.0.fullName', 'ლუკა ბერიძე'],
        ['minors.0.relation', 'child'],
      ]),
    );
    expect(data).toEqual({
      personalNumber: '01024056789',
      withMinors: true,
      consent: false,
      photo: { name: 'photo.jpg', type: 'image/jpeg', size: 10 },
      minors: [{ fullName: 'ლუკა ბერიძე', relation: 'child' }, { fullName: 'ანა ბერიძე' }],
    });
    expect([...files.keys()]).toEqual(['/photo']);
    expect(files.get('/photo')).toBe(photo);
  });

  it('reports the add and remove buttons of groups as intents', () => {
    const add = fromFormData(idCard, formData([['__intent', 'add:minors']]));
    expect(add.intent).toEqual({ add: 'minors' });
    expect(applyIntent(add.data, add.intent!).minors).toEqual([{}]);
    const remove = fromFormData(
      idCard,
      formData([
        ['__intent', 'remove:minors.0'],
        ['minors.0.fullName', 'ლუკა'],
        ['minors.1.fullName', 'ანა'],
      ]),
    );
    expect(remove.intent).toEqual({ remove: 'minors', index: 0 });
    expect(applyIntent(remove.data, remove.intent!).minors).toEqual([{ fullName: 'ანა' }]);
  });
});
