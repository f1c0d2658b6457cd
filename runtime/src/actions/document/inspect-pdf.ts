// Test support: reads back what a generated PDF embeds, with pdf-lib's parser
// and without trusting the writer: each font's file stream and the Unicode
// code points its ToUnicode map gives to glyphs; and the text poppler sees.
import { execFileSync } from 'node:child_process';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFName,
  PDFRawStream,
  PDFStream,
} from 'pdf-lib';

export interface EmbeddedFont {
  baseFont: string;
  fontFile: Uint8Array;
  mappedCodePoints: Set<number>;
}

export function embeddedFonts(doc: PDFDocument): EmbeddedFont[] {
  const fonts = new Map<string, EmbeddedFont>();
  for (const page of doc.getPages()) {
    const dict = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
    for (const [, ref] of dict?.entries() ?? []) {
      const font = doc.context.lookup(ref, PDFDict);
      const baseFont = font.lookup(PDFName.of('BaseFont'), PDFName).decodeText();
      const cid = font.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
      const descriptor = cid.lookup(PDFName.of('FontDescriptor'), PDFDict);
      const fontFile = streamBytes(descriptor.lookup(PDFName.of('FontFile2'), PDFStream));
      const cmap = streamBytes(font.lookup(PDFName.of('ToUnicode'), PDFStream));
      const mappedCodePoints = toUnicodeTargets(new TextDecoder('latin1').decode(cmap));
      fonts.set(baseFont, { baseFont, fontFile, mappedCodePoints });
    }
  }
  return [...fonts.values()];
}

function streamBytes(stream: PDFStream): Uint8Array {
  if (!(stream instanceof PDFRawStream)) throw new Error('a parsed PDF holds raw streams only');
  return decodePDFRawStream(stream).decode();
}

/** The code points a ToUnicode CMap maps glyphs to (bfchar and bfrange entries). */
export function toUnicodeTargets(cmap: string): Set<number> {
  const targets = new Set<number>();
  for (const [, body] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, , dst] of body!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      for (const cp of utf16(dst!)) targets.add(cp);
    }
  }
  for (const [, body] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst] of body!.matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g,
    )) {
      const first = utf16(dst!)[0]!;
      const count = Number.parseInt(hi!, 16) - Number.parseInt(lo!, 16);
      for (let i = 0; i <= count; i++) targets.add(first + i);
    }
  }
  return targets;
}

function utf16(hex: string): number[] {
  const bytes = Buffer.from(hex, 'hex');
  return [...bytes.swap16().toString('utf16le')].map((c) => c.codePointAt(0)!);
}

/** The page text as poppler's pdftotext extracts it, whitespace collapsed. */
export function extractText(pdf: Uint8Array): string {
  try {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf });
    return text.toString('utf8').replace(/\s+/g, ' ');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        'pdftotext is missing: install poppler-utils (apt-get install -y poppler-utils); ' +
          'the document tests read the PDF text back with it',
      );
    }
    throw error;
  }
}
