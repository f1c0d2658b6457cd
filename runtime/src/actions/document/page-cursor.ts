// Tracks the writing position down A4 pages and starts a new page when the
// next block would run into the bottom margin.
import type { PDFDocument, PDFPage } from 'pdf-lib';

export const PAGE_SIZE: [number, number] = [595.28, 841.89];
export const MARGIN = 56;
export const FOOTER_HEIGHT = 24;
export const CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN;
const TOP = PAGE_SIZE[1] - MARGIN;
const BOTTOM = MARGIN + FOOTER_HEIGHT;
/** The height a page offers between the margins and above the footer. */
export const CONTENT_HEIGHT = TOP - BOTTOM;

export interface PageCursor {
  page(): PDFPage;
  /** The top of the next line box. */
  y(): number;
  /** Moves to a new page unless `height` fits; a fresh page always takes it. */
  reserve(height: number): void;
  advance(height: number): void;
}

export function createPageCursor(doc: PDFDocument): PageCursor {
  let page = doc.addPage(PAGE_SIZE);
  let y = TOP;
  return {
    page: () => page,
    y: () => y,
    reserve(height) {
      if (y - height >= BOTTOM || y === TOP) return;
      page = doc.addPage(PAGE_SIZE);
      y = TOP;
    },
    advance(height) {
      y -= height;
    },
  };
}
