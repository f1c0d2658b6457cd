import { describe, expect, it } from 'vitest';
import { highlight } from './highlight.ts';

describe('highlight', () => {
  it('marks every word of the query in any case, Georgian too', () => {
    expect(highlight('The Term: ვადა and term.', 'term ვადა')).toEqual([
      { text: 'The ', match: false },
      { text: 'Term', match: true },
      { text: ': ', match: false },
      { text: 'ვადა', match: true },
      { text: ' and ', match: false },
      { text: 'term', match: true },
      { text: '.', match: false },
    ]);
  });

  it('takes the query as words, not as a pattern', () => {
    expect(highlight('a (b) c', '(b) .*')).toEqual([
      { text: 'a ', match: false },
      { text: '(b)', match: true },
      { text: ' c', match: false },
    ]);
  });
});
