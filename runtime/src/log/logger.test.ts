import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';
import { maskPersonalNumbers } from './mask.ts';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, destination };
}

describe('maskPersonalNumbers', () => {
  it('masks every 11-digit sequence but its last two digits', () => {
    expect(maskPersonalNumbers('pn 01001012345 and "61001099887"')).toBe(
      'pn *********45 and "*********87"',
    );
  });

  it('leaves shorter and longer digit runs alone, such as phones and epoch milliseconds', () => {
    expect(maskPersonalNumbers('tel 599123456, t 1795752036475')).toBe(
      'tel 599123456, t 1795752036475',
    );
  });
});

describe('createLogger', () => {
  it('writes JSON lines with personal numbers masked in messages and in nested fields', () => {
    const { lines, destination } = capture();
    const log = createLogger({ destination });
    log.info({ case: { applicant: '01001012345' } }, 'opened for 01001012345');
    const line = JSON.parse(lines[0]!);
    expect(line.msg).toBe('opened for *********45');
    expect(line.case.applicant).toBe('*********45');
    expect(lines[0]).not.toContain('01001012345');
  });
});
