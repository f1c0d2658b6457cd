import { describe, expect, it } from 'vitest';
import { example, ids } from './load.ts';

const GUIDE = /^guide\/(.+)\.(ka|en)\.md$/;
const georgian = /[\u10D0-\u10FF]/;

describe.each(ids)('guide of %s', (id) => {
  it('links only to existing element ids, or to the service as a whole', async () => {
    const { bundle, compiled } = await example(id);
    const nodes = compiled.definition!.nodes;
    for (const path of Object.keys(bundle.files)) {
      const m = GUIDE.exec(path);
      if (!m) continue;
      expect({ path, known: m[1] === 'service' || m[1]! in nodes }).toEqual({ path, known: true });
    }
  });

  it('has every page in both Georgian and English, and the service page first of all', async () => {
    const { bundle } = await example(id);
    const pages = Object.keys(bundle.files).filter((p) => GUIDE.test(p));
    expect(pages).toContain('guide/service.ka.md');
    for (const page of pages) {
      const twin = page.endsWith('.ka.md')
        ? page.replace(/\.ka\.md$/, '.en.md')
        : page.replace(/\.en\.md$/, '.ka.md');
      expect(pages).toContain(twin);
      const text = bundle.files[page]!;
      if (page.endsWith('.ka.md')) expect(text).toMatch(georgian);
      else expect(text).not.toMatch(georgian);
    }
  });

  it('guides every user task and every SLA timer', async () => {
    const { bundle, compiled } = await example(id);
    for (const node of Object.values(compiled.definition!.nodes)) {
      if (node.type !== 'userTask' && node.type !== 'boundaryTimer') continue;
      if (node.type === 'boundaryTimer' && node.interrupting === false) continue;
      expect({ node: node.id, guide: `guide/${node.id}.ka.md` in bundle.files }).toEqual({
        node: node.id,
        guide: true,
      });
    }
  });
});
