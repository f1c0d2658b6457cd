// The ka/en message catalogue (messages.json), keyed by stable codes, with
// `{name}` placeholders filled from the problem's parameters.
import type { Language } from './language.ts';
import catalogue from './messages.json' with { type: 'json' };

export type MessageCode = keyof typeof catalogue;
export type LocalizedMessage = { ka: string; en: string };

export function isMessageCode(code: string): code is MessageCode {
  return Object.hasOwn(catalogue, code);
}

export function localized(
  code: MessageCode,
  params: Record<string, unknown> = {},
): LocalizedMessage {
  const entry = catalogue[code];
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  return { ka: fill(entry.ka), en: fill(entry.en) };
}

export function message(
  code: MessageCode,
  lang: Language,
  params?: Record<string, unknown>,
): string {
  return localized(code, params)[lang];
}
