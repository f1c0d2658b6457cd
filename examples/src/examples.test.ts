import { describe, expect, it } from 'vitest';
import { listExamples, loadExample } from './examples.ts';

describe('listExamples', () => {
  it('finds every bundle folder beside src/ and nothing else', () => {
    expect(listExamples().map((e) => e.id)).toEqual([
      'civil-act-digitisation',
      'diplomatic-id',
      'municipal-request',
      'pin-puk-recovery',
    ]);
  });
});

describe('loadExample', () => {
  it('reads a bundle with paths relative to its folder', () => {
    const bundle = loadExample('municipal-request');
    expect(Object.keys(bundle.files)).toContain('service.json');
    expect(Object.keys(bundle.files)).toContain('process.bpmn');
    expect(Object.keys(bundle.files)).toContain('forms/citizen-request.form.json');
    expect(Object.keys(bundle.files)).toContain('guide/Task_Review.ka.md');
  });

  it('throws for an unknown id', () => {
    expect(() => loadExample('no-such-service')).toThrow(/no example bundle/);
  });
});
