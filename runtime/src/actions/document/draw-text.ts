// Draws wrapped text blocks and rules at the cursor, page by page.
import { type PDFFont, type PDFPage, type RGB, rgb } from 'pdf-lib';
import type { PageCursor } from './page-cursor.ts';
import { wrapText } from './wrap-text.ts';

export interface TextStyle {
  font: PDFFont;
  size: number;
  color?: RGB;
  align?: 'left' | 'center' | 'right';
}

const LINE_HEIGHT = 1.4;
/** From the top of a line box to the baseline: Noto's ascender is 1.069 em. */
const BASELINE = 1.07;
const INK = rgb(0.1, 0.1, 0.12);

export function lineHeight(style: TextStyle): number {
  return style.size * LINE_HEIGHT;
}

export function layoutLines(text: string, style: TextStyle, width: number): string[] {
  return wrapText(text, width, (t) => style.font.widthOfTextAtSize(t, style.size));
}

/** Draws one line whose box top is at `top`, inside the column [x, x + width]. */
export function drawLine(
  page: PDFPage,
  line: string,
  style: TextStyle,
  box: { x: number; top: number; width: number },
): void {
  if (line === '') return;
  const width = style.font.widthOfTextAtSize(line, style.size);
  const offset =
    style.align === 'center'
      ? (box.width - width) / 2
      : style.align === 'right'
        ? box.width - width
        : 0;
  page.drawText(line, {
    x: box.x + offset,
    y: box.top - style.size * BASELINE,
    size: style.size,
    font: style.font,
    color: style.color ?? INK,
  });
}

/** Flows a text through the column, breaking pages between lines. */
export function drawBlock(
  cursor: PageCursor,
  text: string,
  style: TextStyle,
  column: { x: number; width: number },
): void {
  const height = lineHeight(style);
  for (const line of layoutLines(text, style, column.width)) {
    cursor.reserve(height);
    drawLine(cursor.page(), line, style, { ...column, top: cursor.y() });
    cursor.advance(height);
  }
}

export function drawRule(page: PDFPage, y: number, from: number, to: number): void {
  page.drawLine({
    start: { x: from, y },
    end: { x: to, y },
    thickness: 0.5,
    color: rgb(0.6, 0.6, 0.65),
  });
}
