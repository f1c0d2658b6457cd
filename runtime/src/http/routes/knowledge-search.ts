// The knowledge base as pages (a service's guide and its steps' guides, from
// compiled definitions) and a plain word search over them: every word of the
// query must occur in the page's title or text, Georgian or English, in any
// case. Pages with a word in the title come first.
import type { KnowledgeList } from '../../generated/knowledge-list.ts';

export type KnowledgePage = KnowledgeList['items'][number];
type Localized = KnowledgePage['title'];

/** What the search reads of a published version's definition. */
export interface PublishedGuides {
  serviceId: string;
  version: number;
  service: { title?: Localized; guide?: Localized } | null;
  nodes: Record<string, { name?: Localized; guide?: Localized }> | null;
}

const EXCERPT_CHARS = 220;
const MAX_WORDS = 8;

/** Markdown reduced to the words of its body (headings repeat the title), for excerpts. */
function plain(markdown: string): string {
  return markdown
    .replace(/^\s*#{1,6}\s.*$/gm, '')
    .replace(/^\s*([-*]|\d+\.|>|\|?-{3,}.*)\s*/gm, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function pagesOf(rows: PublishedGuides[]): KnowledgePage[] {
  const pages: KnowledgePage[] = [];
  for (const row of rows) {
    const serviceTitle = row.service?.title ?? { ka: row.serviceId, en: row.serviceId };
    const base = { serviceId: row.serviceId, version: row.version, serviceTitle };
    if (row.service?.guide) {
      pages.push({
        ...base,
        elementId: 'service',
        title: serviceTitle,
        text: row.service.guide,
        excerpt: { ka: '', en: '' },
      });
    }
    const steps = Object.entries(row.nodes ?? {}).sort(([a], [b]) => a.localeCompare(b));
    for (const [id, node] of steps) {
      if (!node.guide) continue;
      pages.push({
        ...base,
        elementId: id,
        title: node.name ?? { ka: id, en: id },
        text: node.guide,
        excerpt: { ka: '', en: '' },
      });
    }
  }
  return pages;
}

export function queryWords(q: string | undefined): string[] {
  return (q ?? '')
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, MAX_WORDS);
}

function excerpt(text: string, words: string[]): string {
  const flat = plain(text);
  const lower = flat.toLocaleLowerCase();
  const at = words.map((w) => lower.indexOf(w)).find((i) => i >= 0) ?? 0;
  const start = Math.max(0, at - EXCERPT_CHARS / 4);
  const piece = flat.slice(start, start + EXCERPT_CHARS);
  return `${start > 0 ? '…' : ''}${piece}${start + EXCERPT_CHARS < flat.length ? '…' : ''}`;
}

/** The pages holding every word, title matches first, each with an excerpt per language. */
export function searchPages(pages: KnowledgePage[], words: string[]): KnowledgePage[] {
  const scored: { page: KnowledgePage; score: number; order: number }[] = [];
  pages.forEach((page, order) => {
    const title = `${page.title.ka} ${page.title.en}`.toLocaleLowerCase();
    const service = `${page.serviceTitle.ka} ${page.serviceTitle.en}`;
    const haystack = `${title} ${service} ${page.text.ka} ${page.text.en}`.toLocaleLowerCase();
    if (!words.every((w) => haystack.includes(w))) return;
    const score = words.filter((w) => title.includes(w)).length;
    const withExcerpt = {
      ...page,
      excerpt: { ka: excerpt(page.text.ka, words), en: excerpt(page.text.en, words) },
    };
    scored.push({ page: withExcerpt, score, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map((s) => s.page);
}
