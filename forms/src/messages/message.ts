// Turns one failed keyword into a message in the reader's language.
import type { FormatName } from '../formats/formats.ts';
import type { Catalogue, ErrorKeyword, Locale, Params } from './catalogue.ts';
import { en } from './en.ts';
import { ka } from './ka.ts';

export const catalogues: Record<Locale, Catalogue> = { ka, en };

export function message(keyword: string, params: Params, locale: Locale): string {
  const catalogue = catalogues[locale];
  if (keyword === 'format') {
    const text = catalogue.formats[params.format as FormatName];
    if (text) return text;
  }
  const fn = catalogue.keywords[keyword as ErrorKeyword];
  if (!fn) throw new Error(`No ${locale} message for keyword "${keyword}"`);
  return fn(params);
}
