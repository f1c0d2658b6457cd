// Reads an uploaded bundle, a ZIP archive or JSON `{ "files": { path: text } }`,
// into the engine's Bundle, and writes one back as a ZIP. Limits guard
// against archive bombs; paths must be plain relative paths.
import type { Bundle } from '@saqme/engine';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { ProblemError } from '../http/problem.ts';

export const BUNDLE_LIMITS = { files: 500, totalBytes: 10 * 1024 * 1024 } as const;

const SAFE_PATH = /^(?!.*(^|\/)\.\.?(\/|$))[A-Za-z0-9_][\w.-]*(\/[A-Za-z0-9_][\w.-]*)*$/;

function tooLarge(): ProblemError {
  return new ProblemError(413, 'bundle.too-large', {
    params: { limit: `${BUNDLE_LIMITS.files} files, ${BUNDLE_LIMITS.totalBytes} bytes` },
  });
}

function checked(files: Record<string, string>): Bundle {
  const paths = Object.keys(files);
  if (paths.length > BUNDLE_LIMITS.files) throw tooLarge();
  const bad = paths.find((p) => !SAFE_PATH.test(p));
  if (bad !== undefined) {
    throw new ProblemError(422, 'request.invalid', {
      issues: [{ code: 'bundle.bad-path', path: `/files/${bad}`, params: { path: bad } }],
    });
  }
  return { files: Object.fromEntries(paths.sort().map((p) => [p, files[p]!])) };
}

function unreadable(): ProblemError {
  return new ProblemError(400, 'bundle.unreadable');
}

export function bundleFromJson(value: unknown): Bundle {
  const files = (value as { files?: unknown } | null)?.files;
  if (!files || typeof files !== 'object' || Array.isArray(files)) throw unreadable();
  if (!Object.values(files).every((v) => typeof v === 'string')) throw unreadable();
  return checked(files as Record<string, string>);
}

export function bundleFromZip(bytes: Uint8Array): Bundle {
  let total = 0;
  let count = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      // Declared sizes are checked before inflating; a lying header fails the decode below.
      filter: (file) => {
        if (file.name.endsWith('/')) return false;
        total += file.originalSize;
        count += 1;
        if (total > BUNDLE_LIMITS.totalBytes || count > BUNDLE_LIMITS.files) throw tooLarge();
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ProblemError) throw error;
    throw unreadable();
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const files: Record<string, string> = {};
  for (const [name, data] of Object.entries(entries)) {
    if (data.byteLength > BUNDLE_LIMITS.totalBytes) throw tooLarge();
    try {
      files[name] = decoder.decode(data);
    } catch {
      throw unreadable();
    }
  }
  return checked(files);
}

export function bundleToZip(bundle: Bundle): Uint8Array {
  // A fixed timestamp keeps the archive of one version byte-identical across exports.
  const mtime = new Date('2026-01-01T00:00:00Z');
  return zipSync(
    Object.fromEntries(
      Object.entries(bundle.files).map(([p, text]) => [p, [strToU8(text), { mtime }]]),
    ),
  );
}
