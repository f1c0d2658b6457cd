import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from './markdown.ts';

describe('parseMarkdown', () => {
  it('reads headings, paragraphs joined across lines, and bullet and numbered lists', () => {
    const blocks = parseMarkdown(
      '# Title\n\nFirst line\nsecond line.\n\n- one\n- two\n\n1. a\n2. b\n',
    );
    expect(blocks).toEqual([
      { type: 'heading', level: 1, content: [{ type: 'text', text: 'Title' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'First line second line.' }] },
      {
        type: 'list',
        ordered: false,
        items: [[{ type: 'text', text: 'one' }], [{ type: 'text', text: 'two' }]],
      },
      {
        type: 'list',
        ordered: true,
        items: [[{ type: 'text', text: 'a' }], [{ type: 'text', text: 'b' }]],
      },
    ]);
  });

  it('reads a pipe table with its header row', () => {
    const [table] = parseMarkdown(
      '| step | term |\n|---|---|\n| Check | 2 days |\n| Hand over | 10 days |',
    );
    expect(table).toEqual({
      type: 'table',
      head: [[{ type: 'text', text: 'step' }], [{ type: 'text', text: 'term' }]],
      rows: [
        [[{ type: 'text', text: 'Check' }], [{ type: 'text', text: '2 days' }]],
        [[{ type: 'text', text: 'Hand over' }], [{ type: 'text', text: '10 days' }]],
      ],
    });
  });

  it('keeps HTML as text: nothing in a page is markup', () => {
    const [p] = parseMarkdown('<script>alert(1)</script> <b>bold</b>');
    expect(p).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: '<script>alert(1)</script> <b>bold</b>' }],
    });
  });
});

describe('parseInline', () => {
  it('reads strong, emphasis, code and links', () => {
    expect(parseInline('a **b** *c* `d` [e](https://matsne.gov.ge) _f_')).toEqual([
      { type: 'text', text: 'a ' },
      { type: 'strong', text: 'b' },
      { type: 'text', text: ' ' },
      { type: 'em', text: 'c' },
      { type: 'text', text: ' ' },
      { type: 'code', text: 'd' },
      { type: 'text', text: ' ' },
      { type: 'link', text: 'e', href: 'https://matsne.gov.ge' },
      { type: 'text', text: ' ' },
      { type: 'em', text: 'f' },
    ]);
  });

  it('turns a link to a script or data URL into its text', () => {
    expect(
      parseInline('[x](javascript:alert(1)) [y](data:text/html,hi) [z](//evil.example)'),
    ).toEqual([{ type: 'text', text: 'x) y z' }]);
  });
});
