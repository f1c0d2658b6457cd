import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { createDocumentGenerator, type DocumentSpec, type GeneratedDocument } from './index.ts';
import { embeddedFonts, extractText } from './inspect-pdf.ts';

const fixture: DocumentSpec = JSON.parse(
  readFileSync(new URL('./fixtures/diplomatic-id.spec.json', import.meta.url), 'utf8'),
);
const AGENCY = 'საქართველოს იუსტიციის სამინისტრო — საჯარო სერვისების განვითარების სააგენტო';
const generator = createDocumentGenerator();

async function render(spec: unknown): Promise<GeneratedDocument> {
  const result = await generator.generate(spec);
  if (!result.ok) throw new Error(`expected a document, got ${JSON.stringify(result)}`);
  return result.document;
}

describe('createDocumentGenerator().generate', () => {
  it('renders a PDF that pdf-lib parses back, with metadata taken from the spec', async () => {
    const document = await render(fixture);
    const doc = await PDFDocument.load(document.bytes, { updateMetadata: false });
    expect(document.mediaType).toBe('application/pdf');
    expect(document.pageCount).toBe(1);
    expect(doc.getPageCount()).toBe(1);
    expect(document.size).toBe(document.bytes.byteLength);
    expect(document.sha256).toBe(createHash('sha256').update(document.bytes).digest('hex'));
    expect(doc.getTitle()).toBe(`${fixture.title.ka} / ${fixture.title.en}`);
    expect(doc.getAuthor()).toBe(`${AGENCY} / ${fixture.issuer!.en}`);
    expect(doc.getSubject()).toBe('DIP-2026-000123');
    expect(doc.getCreationDate()?.toISOString()).toBe(fixture.issuedAt);
    expect(doc.getModificationDate()?.toISOString()).toBe(fixture.issuedAt);
  });

  it('embeds a regular and a bold subset of Noto Sans Georgian', async () => {
    const doc = await PDFDocument.load((await render(fixture)).bytes);
    const fonts = embeddedFonts(doc);
    expect(fonts.map((f) => f.baseFont.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'NotoSansGeorgian-Bold',
      'NotoSansGeorgian-Regular',
    ]);
    for (const font of fonts) {
      expect(font.baseFont).toMatch(/^[A-Z]{6}\+/);
      const face = fontkit.create(font.fontFile);
      // The full face has 512 glyphs; a subset keeps only those drawn.
      expect(face.numGlyphs).toBeGreaterThan(20);
      expect(face.numGlyphs).toBeLessThan(200);
    }
  });

  it('maps the glyphs of every Georgian letter drawn back to its code point', async () => {
    const doc = await PDFDocument.load((await render(fixture)).bytes);
    const fonts = embeddedFonts(doc);
    const bold = fonts.find((f) => f.baseFont.endsWith('Bold'))!;
    const regular = fonts.find((f) => f.baseFont.endsWith('Regular'))!;
    for (const char of AGENCY + fixture.title.ka!) {
      expect(bold.mappedCodePoints, char).toContain(char.codePointAt(0));
    }
    for (const char of fixture.paragraphs![0]!.ka!) {
      expect(regular.mappedCodePoints, char).toContain(char.codePointAt(0));
    }
  });

  it('gives text that poppler extracts back in Georgian and English', async () => {
    const text = extractText((await render(fixture)).bytes);
    expect(text).toContain(AGENCY);
    expect(text).toContain(fixture.title.ka);
    expect(text).toContain(fixture.paragraphs![0]!.ka);
    expect(text).toContain('საქმის ნომერი / Case number: DIP-2026-000123');
    expect(text).toContain('გაცემის თარიღი / Date of issue: 27.11.2026');
    expect(text).toContain('დიპლომატიური აგენტი Diplomatic agent');
    expect(text).toContain('გვერდი / Page 1 / 1');
  });

  it('gives identical bytes for the same spec, whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const first = await render(fixture);
    vi.setSystemTime(new Date('2031-06-15T12:34:56Z'));
    const second = await render(structuredClone(fixture));
    vi.useRealTimers();
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    expect(second.sha256).toBe(first.sha256);
  });

  it('gives different bytes for another issue date', async () => {
    const first = await render(fixture);
    const later = await render({ ...fixture, issuedAt: '2026-11-28T08:30:00.000Z' });
    expect(later.sha256).not.toBe(first.sha256);
  });

  it('prints only the requested language', async () => {
    const text = extractText(
      (
        await render({
          languages: ['en'],
          title: { en: 'Notice' },
          caseNumber: 'M-7',
          issuedAt: '2026-03-01T10:00:00Z',
          paragraphs: [{ en: 'Your request was received.', ka: 'თქვენი მოთხოვნა მიღებულია.' }],
        })
      ).bytes,
    );
    expect(text).toContain('Case number: M-7');
    expect(text).toContain('Your request was received.');
    expect(text).not.toMatch(/[\u10A0-\u10FF]/);
  });

  it('flows long documents over several pages and numbers them', async () => {
    const paragraph = { ka: `${fixture.paragraphs![0]!.ka} `.repeat(6).trim() };
    const spec = { ...fixture, languages: ['ka'], paragraphs: Array(30).fill(paragraph) };
    const document = await render(spec);
    const doc = await PDFDocument.load(document.bytes);
    expect(document.pageCount).toBeGreaterThan(2);
    expect(doc.getPageCount()).toBe(document.pageCount);
    const text = extractText(document.bytes);
    expect(text).toContain(`გვერდი 2 / ${document.pageCount}`);
    expect(text).toContain(`გვერდი ${document.pageCount} / ${document.pageCount}`);
  });

  it('continues a table row taller than a page on the next page', async () => {
    const lines = Array.from({ length: 70 }, (_, i) => `ხაზი ${i + 1}`);
    const fields = [{ label: { ka: 'ოქმი', en: 'Minutes' }, value: lines.join('\n') }];
    const document = await render({ ...fixture, paragraphs: [], fields });
    expect(document.pageCount).toBe(2);
    const text = extractText(document.bytes);
    expect(text).toContain('ოქმი');
    const positions = lines.map((line) => text.indexOf(`${line} `));
    expect(positions.every((at, i) => at > (positions[i - 1] ?? -1))).toBe(true);
  });

  it('prints the issue date in Tbilisi time', async () => {
    const text = extractText(
      (await render({ ...fixture, issuedAt: '2026-11-27T21:00:00Z' })).bytes,
    );
    expect(text).toContain('Date of issue: 28.11.2026');
  });
});
