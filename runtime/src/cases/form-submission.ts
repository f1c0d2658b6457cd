// A form posted as multipart/form-data, as a browser sends it without
// JavaScript: the form reads and validates the fields (@saqme/forms), then
// each uploaded file is stored in the documents table under the case and its
// field gets the stored document's id as `ref`.
import { type FormFile, readSubmission, validate } from '@saqme/forms';
import type { Db, Tx } from '../db/client.ts';
import { sniffMediaType } from '../documents/media-type.ts';
import { type NewDocument, storeDocument, storeDocumentIn } from '../documents/store.ts';
import type { FieldIssue } from '../http/problem.ts';

export type ReadForm =
  | { ok: true; data: Record<string, unknown>; files: Map<string, File> }
  | { ok: false; issues: FieldIssue[] };

export function readForm(
  form: FormFile,
  formData: FormData,
  locale: 'ka' | 'en',
  now: Date,
  maxBytes: number,
): ReadForm {
  const read = readSubmission<Record<string, unknown>>(form, formData, locale, {
    now: now.toISOString(),
  });
  if (read.kind !== 'valid') {
    return {
      ok: false,
      issues: read.issues.map((i) => ({
        code: `field.${i.code}`,
        path: `/data${i.path}`,
        message: { ka: i.message, en: i.message },
      })),
    };
  }
  for (const [pointer, file] of read.files) {
    if (file.size > maxBytes)
      return {
        ok: false,
        issues: [
          { code: 'document.too-large', path: `/data${pointer}`, params: { limit: maxBytes } },
        ],
      };
  }
  return { ok: true, data: read.value, files: read.files };
}

function setRef(data: Record<string, unknown>, pointer: string, ref: string): void {
  let at: unknown = data;
  for (const k of pointer.split('/').slice(1)) at = (at as Record<string, unknown>)?.[k];
  if (at && typeof at === 'object') (at as Record<string, unknown>).ref = ref;
}

/** The JSON twin of readForm: the same validation, the same issue paths. */
export function checkJsonForm(
  form: FormFile,
  data: unknown,
  lang: 'ka' | 'en',
  now: Date,
): ReadForm {
  const checked = validate<Record<string, unknown>>(form, data, lang, { now: now.toISOString() });
  if (checked.ok) return { ok: true, data: checked.value, files: new Map() };
  return {
    ok: false,
    issues: checked.issues.map((i) => ({
      code: `field.${i.code}`,
      path: `/data${i.path}`,
      message: { ka: i.message, en: i.message },
    })),
  };
}

interface FormFiles {
  tenantId: string;
  caseId: string;
  data: Record<string, unknown>;
  files: Map<string, File>;
  now: Date;
}

type StoredFiles =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; issues: FieldIssue[] };

/** Stores the files under the case; returns the data with their refs, or the issue of a refused file. */
export function storeFormFiles(
  db: Db,
  options: FormFiles & { userId: string },
): Promise<StoredFiles> {
  return storeEach(options, (doc) => storeDocument(db, { ...doc, userId: options.userId }));
}

/**
 * The same inside the caller's tenant transaction, for uploads that belong to
 * a case opened in it (a citizen's application): a refused file rolls both back.
 */
export function storeFormFilesIn(
  tx: Tx,
  options: FormFiles & { actor: string },
): Promise<StoredFiles> {
  return storeEach(options, (doc) => storeDocumentIn(tx, { ...doc, actor: options.actor }));
}

async function storeEach(
  options: FormFiles,
  store: (doc: NewDocument) => Promise<{ id: string } | undefined>,
): Promise<StoredFiles> {
  const data = structuredClone(options.data);
  for (const [pointer, file] of options.files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const mediaType = sniffMediaType(bytes);
    if (!mediaType) {
      return {
        ok: false,
        issues: [
          {
            code: 'document.type-not-allowed',
            path: `/data${pointer}`,
            params: { mediaType: file.type || 'unknown' },
          },
        ],
      };
    }
    const stored = await store({
      tenantId: options.tenantId,
      caseId: options.caseId,
      fileName: file.name || 'document',
      mediaType,
      content: bytes,
      at: options.now,
    });
    if (stored) setRef(data, pointer, stored.id);
  }
  return { ok: true, data };
}
