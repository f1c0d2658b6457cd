// The embedded typeface: Noto Sans Georgian (SIL OFL 1.1) as shipped in the
// @expo-google-fonts package, whose static TTFs hold Mkhedruli and Latin in one
// file, so every text needs one font and no fallback chain. Read from disk
// once; nothing is fetched at run time.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';

const PACKAGE = '@expo-google-fonts/noto-sans-georgian';
const FILES = {
  regular: `${PACKAGE}/400Regular/NotoSansGeorgian_400Regular.ttf`,
  bold: `${PACKAGE}/700Bold/NotoSansGeorgian_700Bold.ttf`,
} as const;

export interface GeorgianFont {
  regular: Uint8Array;
  bold: Uint8Array;
  /** The PostScript name the subsets are named after. */
  family: { regular: string; bold: string };
  /** Whether both weights have a glyph for the code point. */
  covers(codePoint: number): boolean;
}

export async function loadGeorgianFont(): Promise<GeorgianFont> {
  const require = createRequire(import.meta.url);
  const [regular, bold] = await Promise.all([
    readFile(require.resolve(FILES.regular)),
    readFile(require.resolve(FILES.bold)),
  ]);
  const regularFace = fontkit.create(regular);
  const boldFace = fontkit.create(bold);
  return {
    regular,
    bold,
    family: {
      regular: regularFace.postscriptName ?? 'NotoSansGeorgian-Regular',
      bold: boldFace.postscriptName ?? 'NotoSansGeorgian-Bold',
    },
    covers: (codePoint) =>
      regularFace.hasGlyphForCodePoint(codePoint) && boldFace.hasGlyphForCodePoint(codePoint),
  };
}
