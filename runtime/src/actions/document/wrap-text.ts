// Greedy line breaking: words fill a line up to the width; a word wider than
// the line is cut between characters; '\n' always breaks.

export type MeasureText = (text: string) => number;

export function wrapText(text: string, width: number, measure: MeasureText): string[] {
  return text.split('\n').flatMap((line) => wrapLine(line, width, measure));
}

function wrapLine(line: string, width: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(' ').filter((w) => w !== '')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (measure(candidate) <= width) {
      current = candidate;
      continue;
    }
    if (current !== '') lines.push(current);
    current = '';
    for (const piece of cutWord(word, width, measure)) {
      if (current !== '') lines.push(current);
      current = piece;
    }
  }
  lines.push(current);
  return lines;
}

function cutWord(word: string, width: number, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && measure(piece + char) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  pieces.push(piece);
  return pieces;
}
