// Walks every text of a document spec with its JSON pointer, and checks that
// each carries the requested languages in characters the font can show.

import { type DocumentFailure, documentFailure } from './failures.ts';
import type { DocumentSpec, LocalizedText } from './generated/document-spec.ts';

export type Language = DocumentSpec['languages'][number];

interface SpecText {
  path: string;
  text: LocalizedText | string;
}

function* specTexts(spec: DocumentSpec): Generator<SpecText> {
  if (spec.issuer) yield { path: '/issuer', text: spec.issuer };
  yield { path: '/title', text: spec.title };
  yield { path: '/caseNumber', text: spec.caseNumber };
  for (const [i, paragraph] of (spec.paragraphs ?? []).entries()) {
    yield { path: `/paragraphs/${i}`, text: paragraph };
  }
  for (const [i, field] of (spec.fields ?? []).entries()) {
    yield { path: `/fields/${i}/label`, text: field.label };
    yield { path: `/fields/${i}/value`, text: field.value };
  }
}

export function checkSpecTexts(
  spec: DocumentSpec,
  covers: (codePoint: number) => boolean,
): DocumentFailure | undefined {
  for (const { path, text } of specTexts(spec)) {
    const versions: [string, string | undefined][] =
      typeof text === 'string'
        ? [[path, text]]
        : spec.languages.map((l) => [`${path}/${l}`, text[l]]);
    for (const [at, version] of versions) {
      if (version === undefined) return documentFailure('document.missing-translation', at);
      const bad = [...version].find((c) => c !== '\n' && !covers(c.codePointAt(0)!));
      if (bad !== undefined) return unsupported(at, bad);
    }
  }
  return undefined;
}

function unsupported(path: string, char: string): DocumentFailure {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return documentFailure('document.unsupported-character', path, { ka: code, en: code });
}

/** The versions of a text to print, in the spec's language order. */
export function versions(text: LocalizedText | string, languages: readonly Language[]): string[] {
  if (typeof text === 'string') return [text];
  return languages.map((l) => text[l]).filter((t): t is string => t !== undefined);
}
