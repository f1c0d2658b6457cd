// Renders a checked document spec to PDF bytes. Everything in the file comes
// from the spec: dates from `issuedAt`, names from a hash of the spec, and
// pdf-lib's own suffixes from its fixed-seed generator, so equal specs give
// equal bytes (the idempotency of a retried activity relies on it).
import { createHash } from 'node:crypto';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import {
  drawCaseLine,
  drawFields,
  drawFooters,
  drawHeading,
  drawParagraphs,
  type Fonts,
} from './draw-sections.ts';
import { formatIssueDate } from './format-date.ts';
import type { DocumentSpec } from './generated/document-spec.ts';
import type { GeorgianFont } from './georgian-font.ts';
import { createPageCursor } from './page-cursor.ts';
import { versions } from './spec-texts.ts';

export interface RenderOptions {
  font: GeorgianFont;
  timeZone: string;
}

export interface RenderedPdf {
  bytes: Uint8Array;
  pageCount: number;
}

export async function renderPdf(spec: DocumentSpec, options: RenderOptions): Promise<RenderedPdf> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const fonts = await embedFonts(doc, spec, options.font);
  describe(doc, spec);
  const cursor = createPageCursor(doc);
  drawHeading(cursor, spec, fonts);
  drawCaseLine(cursor, spec, formatIssueDate(spec.issuedAt, options.timeZone), fonts);
  drawParagraphs(cursor, spec, fonts);
  drawFields(cursor, spec, fonts);
  drawFooters(doc, spec, fonts);
  return { bytes: await doc.save(), pageCount: doc.getPageCount() };
}

async function embedFonts(
  doc: PDFDocument,
  spec: DocumentSpec,
  font: GeorgianFont,
): Promise<Fonts> {
  const [regular, bold] = await Promise.all([
    doc.embedFont(font.regular, {
      subset: true,
      customName: `${subsetTag(spec, 'regular')}+${font.family.regular}`,
    }),
    doc.embedFont(font.bold, {
      subset: true,
      customName: `${subsetTag(spec, 'bold')}+${font.family.bold}`,
    }),
  ]);
  return { regular, bold };
}

/** The six capital letters PDF readers expect before a subset font's name (ISO 32000 9.6.4). */
function subsetTag(spec: DocumentSpec, weight: string): string {
  const digest = createHash('sha256').update(weight).update(JSON.stringify(spec)).digest();
  return [...digest.subarray(0, 6)].map((b) => String.fromCharCode(65 + (b % 26))).join('');
}

function describe(doc: PDFDocument, spec: DocumentSpec): void {
  const issued = new Date(spec.issuedAt);
  doc.setTitle(versions(spec.title, spec.languages).join(' / '), { showInWindowTitleBar: true });
  if (spec.issuer) doc.setAuthor(versions(spec.issuer, spec.languages).join(' / '));
  doc.setSubject(spec.caseNumber);
  doc.setLanguage(spec.languages[0]);
  doc.setCreator('Saqme');
  doc.setProducer('Saqme document action (pdf-lib)');
  doc.setCreationDate(issued);
  doc.setModificationDate(issued);
}
