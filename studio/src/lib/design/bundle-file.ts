// A service bundle as a file: JSON (`{ "files": { path: text } }`, the
// engine's Bundle) or a zip of the bundle's folder as it sits in git.
import type { Bundle } from '@saqme/engine';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export interface BundleFileError {
  code: 'bundle.unreadable' | 'bundle.empty' | 'bundle.too-large';
  message: { ka: string; en: string };
}

export type BundleFileResult = { ok: true; bundle: Bundle } | { ok: false; error: BundleFileError };

/** Bundles larger than this are refused before unpacking more of them. */
export const MAX_BUNDLE_BYTES = 20 * 1024 * 1024;
export const MAX_BUNDLE_FILES = 500;

const errors: Record<BundleFileError['code'], BundleFileError['message']> = {
  'bundle.unreadable': {
    ka: 'ფაილი ვერ წავიკითხე: ველოდი სერვისის პაკეტს JSON ან ZIP ფორმატში.',
    en: 'Could not read the file: expected a service bundle as JSON or ZIP.',
  },
  'bundle.empty': {
    ka: 'პაკეტში service.json ან process.bpmn ვერ მოიძებნა.',
    en: 'The bundle has no service.json or process.bpmn.',
  },
  'bundle.too-large': {
    ka: 'პაკეტი ძალიან დიდია.',
    en: 'The bundle is too large.',
  },
};

const fail = (code: BundleFileError['code']): BundleFileResult => ({
  ok: false,
  error: { code, message: errors[code] },
});

/** Drops one folder that every path shares, as when a bundle's folder was zipped. */
function withoutCommonFolder(files: Record<string, string>): Record<string, string> {
  const paths = Object.keys(files);
  const first = paths[0]?.split('/')[0];
  if (!first || paths.some((p) => !p.startsWith(`${first}/`))) return files;
  return Object.fromEntries(paths.map((p) => [p.slice(first.length + 1), files[p]!]));
}

function checked(files: Record<string, string>): BundleFileResult {
  const clean = withoutCommonFolder(files);
  if (Object.keys(clean).length > MAX_BUNDLE_FILES) return fail('bundle.too-large');
  if (!('service.json' in clean) && !('process.bpmn' in clean)) return fail('bundle.empty');
  return { ok: true, bundle: { files: clean } };
}

export function readBundleFile(name: string, bytes: Uint8Array): BundleFileResult {
  if (bytes.byteLength > MAX_BUNDLE_BYTES) return fail('bundle.too-large');
  try {
    if (name.toLowerCase().endsWith('.zip')) {
      let total = 0;
      const entries = unzipSync(bytes, {
        filter: (f) => {
          total += f.originalSize;
          if (total > MAX_BUNDLE_BYTES) throw new Error('too large');
          return !f.name.endsWith('/') && !f.name.split('/').some((s) => s.startsWith('.'));
        },
      });
      const files = Object.fromEntries(
        Object.entries(entries).map(([path, data]) => [path, strFromU8(data)]),
      );
      return checked(files);
    }
    const parsed = JSON.parse(strFromU8(bytes)) as { files?: unknown };
    const files = parsed.files;
    if (!files || typeof files !== 'object') return fail('bundle.unreadable');
    if (Object.values(files).some((v) => typeof v !== 'string')) return fail('bundle.unreadable');
    return checked(files as Record<string, string>);
  } catch (e) {
    return fail(
      e instanceof Error && e.message === 'too large' ? 'bundle.too-large' : 'bundle.unreadable',
    );
  }
}

export function bundleToJson(bundle: Bundle): string {
  const files = Object.fromEntries(
    Object.entries(bundle.files).sort(([a], [b]) => a.localeCompare(b)),
  );
  return `${JSON.stringify({ files }, null, 2)}\n`;
}

export function bundleToZip(bundle: Bundle, folder: string): Uint8Array {
  const entries = Object.fromEntries(
    Object.entries(bundle.files).map(([path, text]) => [`${folder}/${path}`, strToU8(text)]),
  );
  return zipSync(entries, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
}
