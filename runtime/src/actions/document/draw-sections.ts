// The parts of a document, top to bottom: issuer, title, case line,
// paragraphs, the case-data table; and the footer on every page.
import { type PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import {
  drawBlock,
  drawLine,
  drawRule,
  layoutLines,
  lineHeight,
  type TextStyle,
} from './draw-text.ts';
import type { DocumentField, DocumentSpec } from './generated/document-spec.ts';
import { LABELS } from './labels.ts';
import {
  CONTENT_HEIGHT,
  CONTENT_WIDTH,
  MARGIN,
  PAGE_SIZE,
  type PageCursor,
} from './page-cursor.ts';
import { type Language, versions } from './spec-texts.ts';

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

const COLUMN = { x: MARGIN, width: CONTENT_WIDTH };
const MUTED = rgb(0.35, 0.35, 0.4);

function caption(label: keyof typeof LABELS, languages: readonly Language[]): string {
  return versions(LABELS[label], languages).join(' / ');
}

export function drawHeading(cursor: PageCursor, spec: DocumentSpec, fonts: Fonts): void {
  if (spec.issuer) {
    for (const text of versions(spec.issuer, spec.languages)) {
      drawBlock(
        cursor,
        text,
        { font: fonts.bold, size: 10, color: MUTED, align: 'center' },
        COLUMN,
      );
    }
    cursor.advance(6);
    drawRule(cursor.page(), cursor.y(), MARGIN, MARGIN + CONTENT_WIDTH);
    cursor.advance(18);
  }
  for (const [i, text] of versions(spec.title, spec.languages).entries()) {
    drawBlock(cursor, text, { font: fonts.bold, size: i === 0 ? 16 : 13, align: 'center' }, COLUMN);
    cursor.advance(4);
  }
  cursor.advance(10);
}

export function drawCaseLine(
  cursor: PageCursor,
  spec: DocumentSpec,
  issued: string,
  fonts: Fonts,
): void {
  const style = { font: fonts.regular, size: 10 };
  drawBlock(cursor, `${caption('caseNumber', spec.languages)}: ${spec.caseNumber}`, style, COLUMN);
  drawBlock(cursor, `${caption('issueDate', spec.languages)}: ${issued}`, style, COLUMN);
  cursor.advance(14);
}

export function drawParagraphs(cursor: PageCursor, spec: DocumentSpec, fonts: Fonts): void {
  for (const paragraph of spec.paragraphs ?? []) {
    for (const text of versions(paragraph, spec.languages)) {
      drawBlock(cursor, text, { font: fonts.regular, size: 11 }, COLUMN);
      cursor.advance(4);
    }
    cursor.advance(8);
  }
}

const PAD = 5;
const LABEL_WIDTH = CONTENT_WIDTH * 0.38;
const VALUE_X = MARGIN + LABEL_WIDTH + PAD;
const VALUE_WIDTH = CONTENT_WIDTH - LABEL_WIDTH - 2 * PAD;

/**
 * One table row per field. A row that fits on a page is kept together; a
 * taller one (many line breaks in a value) continues on the next page.
 */
export function drawFields(cursor: PageCursor, spec: DocumentSpec, fonts: Fonts): void {
  const labelStyle: TextStyle = { font: fonts.bold, size: 10 };
  const valueStyle: TextStyle = { font: fonts.regular, size: 10 };
  const height = lineHeight(valueStyle);
  let ruled: PDFPage | undefined;
  const ruleAbove = () => {
    if (cursor.page() === ruled) return;
    ruled = cursor.page();
    drawRule(ruled, cursor.y(), MARGIN, MARGIN + CONTENT_WIDTH);
  };
  for (const field of spec.fields ?? []) {
    const labels = cellLines(field.label, spec.languages, labelStyle, LABEL_WIDTH - PAD);
    const values = cellLines(field.value, spec.languages, valueStyle, VALUE_WIDTH);
    const rows = Math.max(labels.length, values.length);
    const whole = rows * height + 2 * PAD;
    cursor.reserve(whole <= CONTENT_HEIGHT ? whole : height + 2 * PAD);
    ruleAbove();
    cursor.advance(PAD);
    for (let i = 0; i < rows; i++) {
      cursor.reserve(height);
      ruleAbove();
      const top = cursor.y();
      const page = cursor.page();
      drawLine(page, labels[i] ?? '', labelStyle, { x: MARGIN, top, width: LABEL_WIDTH });
      drawLine(page, values[i] ?? '', valueStyle, { x: VALUE_X, top, width: VALUE_WIDTH });
      cursor.advance(height);
    }
    cursor.advance(PAD);
    drawRule(cursor.page(), cursor.y(), MARGIN, MARGIN + CONTENT_WIDTH);
  }
}

function cellLines(
  text: DocumentField['value'],
  languages: readonly Language[],
  style: TextStyle,
  width: number,
): string[] {
  return versions(text, languages).flatMap((t) => layoutLines(t, style, width));
}

/** Case number and "page i / n" at the foot of every page, once the count is known. */
export function drawFooters(doc: PDFDocument, spec: DocumentSpec, fonts: Fonts): void {
  const style: TextStyle = { font: fonts.regular, size: 8, color: MUTED };
  const pages = doc.getPages();
  const box = { x: MARGIN, top: MARGIN, width: CONTENT_WIDTH };
  for (const [i, page] of pages.entries()) {
    drawRule(page, MARGIN + 4, MARGIN, PAGE_SIZE[0] - MARGIN);
    drawLine(page, spec.caseNumber, style, box);
    const count = `${caption('page', spec.languages)} ${i + 1} / ${pages.length}`;
    drawLine(page, count, { ...style, align: 'right' }, box);
  }
}
