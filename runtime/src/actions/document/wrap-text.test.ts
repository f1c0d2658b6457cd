import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap-text.ts';

const byLength = (text: string) => text.length;

describe('wrapText', () => {
  it('fills each line with as many words as fit', () => {
    expect(wrapText('ერთი ორი სამი ოთხი', 9, byLength)).toEqual(['ერთი ორი', 'სამი ოთხი']);
  });

  it('keeps a line that fits exactly', () => {
    expect(wrapText('abc def', 7, byLength)).toEqual(['abc def']);
  });

  it('cuts a word wider than the line between characters', () => {
    expect(wrapText('a საქართველოსი b', 5, byLength)).toEqual(['a', 'საქარ', 'თველო', 'სი b']);
  });

  it('breaks at every newline and keeps empty lines', () => {
    expect(wrapText('one\n\ntwo', 10, byLength)).toEqual(['one', '', 'two']);
  });

  it('collapses runs of spaces', () => {
    expect(wrapText('  a   b  ', 10, byLength)).toEqual(['a b']);
  });
});
