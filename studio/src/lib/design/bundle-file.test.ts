import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bundleToJson, bundleToZip, readBundleFile } from './bundle-file.ts';

const bundle = { files: { 'service.json': '{"id":"x"}', 'forms/a.form.json': '{}' } };

describe('readBundleFile', () => {
  it('reads back what bundleToJson wrote', () => {
    const result = readBundleFile('x.json', strToU8(bundleToJson(bundle)));
    expect(result).toEqual({ ok: true, bundle });
  });

  it('reads back what bundleToZip wrote, without the folder it was packed in', () => {
    const result = readBundleFile('x.zip', bundleToZip(bundle, 'new-service'));
    expect(result).toEqual({ ok: true, bundle });
  });

  it('keeps paths of a zip made at the bundle root and skips hidden files', () => {
    const zip = zipSync({
      'service.json': strToU8('{}'),
      'process.bpmn': strToU8('<x/>'),
      '.DS_Store': strToU8('junk'),
    });
    expect(readBundleFile('b.zip', zip)).toEqual({
      ok: true,
      bundle: { files: { 'service.json': '{}', 'process.bpmn': '<x/>' } },
    });
  });

  it('refuses text that is not a bundle, with a message in both languages', () => {
    const result = readBundleFile('x.json', strToU8('{"nope":1}'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('bundle.unreadable');
      expect(result.error.message.ka).toMatch(/ფაილი/);
    }
  });

  it('refuses a bundle without service.json or process.bpmn', () => {
    const result = readBundleFile('x.json', strToU8('{"files":{"readme.md":"hi"}}'));
    expect(result.ok === false && result.error.code).toBe('bundle.empty');
  });

  it('refuses a zip that unpacks beyond the size limit', () => {
    const zip = zipSync({ 'service.json': new Uint8Array(21 * 1024 * 1024) });
    const result = readBundleFile('big.zip', zip);
    expect(result.ok === false && result.error.code).toBe('bundle.too-large');
  });
});
