// Chooses Georgian or English from Accept-Language (RFC 9110 quality values).
// Georgian is the default: the product serves Georgian public services.
export type Language = 'ka' | 'en';

export function chooseLanguage(header: string | undefined): Language {
  if (!header) return 'ka';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.split('-')[0], q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((r) => r.q > 0 && (r.tag === 'ka' || r.tag === 'en' || r.tag === '*'))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const best = ranked[0]?.tag;
  return best === 'en' ? 'en' : 'ka';
}
