// The Markdown the guide pages use, read into plain data that a Svelte
// component draws with ordinary text interpolation, so no author's text is
// ever parsed as HTML: headings, paragraphs, bullet and numbered lists,
// pipe tables, and inline **strong**, *emphasis*, `code` and [links](url).
// Anything else stays text. Links go only to http(s), this site, or anchors.

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; text: string }
  | { type: 'em'; text: string }
  | { type: 'code'; text: string }
  | { type: 'link'; text: string; href: string };

export type Block =
  | { type: 'heading'; level: number; content: Inline[] }
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'table'; head: Inline[][]; rows: Inline[][][] };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const INLINE =
  /`([^`]+)`|\*\*(.+?)\*\*|__(.+?)__|\[([^\]]+)\]\(([^)\s]+)\)|\*([^*\s][^*]*?)\*|_([^_\s][^_]*?)_/g;

export function safeHref(href: string): string | undefined {
  return /^(https?:\/\/|\/(?!\/)|#)/i.test(href) ? href : undefined;
}

export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  const text = (t: string) => {
    if (!t) return;
    const last = out.at(-1);
    if (last?.type === 'text') last.text += t;
    else out.push({ type: 'text', text: t });
  };
  let at = 0;
  for (const m of source.matchAll(INLINE)) {
    text(source.slice(at, m.index));
    at = m.index + m[0].length;
    const [, code, strong, strong2, linkText, href, em, em2] = m;
    if (code !== undefined) out.push({ type: 'code', text: code });
    else if (strong !== undefined || strong2 !== undefined)
      out.push({ type: 'strong', text: strong ?? strong2! });
    else if (linkText !== undefined) {
      const safe = safeHref(href!);
      if (safe) out.push({ type: 'link', text: linkText, href: safe });
      else text(linkText);
    } else out.push({ type: 'em', text: em ?? em2! });
  }
  text(source.slice(at));
  return out;
}

function cells(row: string): Inline[][] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => parseInline(c.trim()));
}

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length)
      blocks.push({ type: 'paragraph', content: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = NUMBERED.exec(line);
    if (!line.trim()) flush();
    else if (heading) {
      flush();
      blocks.push({
        type: 'heading',
        level: heading[1]!.length,
        content: parseInline(heading[2]!),
      });
    } else if (bullet || numbered) {
      flush();
      const ordered = !bullet;
      const last = blocks.at(-1);
      const item = parseInline((bullet ?? numbered)![1]!);
      if (last?.type === 'list' && last.ordered === ordered) last.items.push(item);
      else blocks.push({ type: 'list', ordered, items: [item] });
    } else if (line.includes('|') && TABLE_RULE.test(lines[i + 1] ?? '')) {
      flush();
      const head = cells(line);
      const rows: Inline[][][] = [];
      i += 2;
      while (i < lines.length && lines[i]!.includes('|') && lines[i]!.trim())
        rows.push(cells(lines[i++]!));
      i -= 1;
      blocks.push({ type: 'table', head, rows });
    } else paragraph.push(line.trim());
  }
  flush();
  return blocks;
}
