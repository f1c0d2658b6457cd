// A search result's excerpt cut into plain and matching pieces, so the page
// can mark the query's words with text interpolation alone.
export interface Piece {
  text: string;
  match: boolean;
}

const literal = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function highlight(text: string, query: string): Piece[] {
  const words = query.split(/\s+/).filter(Boolean).map(literal);
  if (!words.length) return [{ text, match: false }];
  // Splitting on a capturing group alternates: text, match, text, match, ...
  return text
    .split(new RegExp(`(${words.join('|')})`, 'iu'))
    .map((t, i) => ({ text: t, match: i % 2 === 1 }))
    .filter((p) => p.text !== '');
}
