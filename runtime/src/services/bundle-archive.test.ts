import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bundleFromJson, bundleFromZip, bundleToZip } from './bundle-archive.ts';

describe('bundle archives', () => {
  it('round-trips a bundle through a ZIP, byte-identical on every export', () => {
    const bundle = {
      files: {
        'service.json': '{"id":"s"}',
        'forms/a.form.json': '{"schema":{}}',
        'guide/x.ka.md': 'საქმე',
      },
    };
    const zip = bundleToZip(bundle);
    expect(bundleFromZip(zip)).toEqual({
      files: {
        'forms/a.form.json': '{"schema":{}}',
        'guide/x.ka.md': 'საქმე',
        'service.json': '{"id":"s"}',
      },
    });
    expect(bundleToZip(bundle)).toEqual(zip);
  });

  it('reads JSON bundles and rejects other shapes', () => {
    expect(bundleFromJson({ files: { 'service.json': '{}' } })).toEqual({
      files: { 'service.json': '{}' },
    });
    expect(() => bundleFromJson({ files: { 'service.json': 1 } })).toThrow('bundle.unreadable');
    expect(() => bundleFromJson([])).toThrow('bundle.unreadable');
    expect(() => bundleFromZip(strToU8('not a zip'))).toThrow('bundle.unreadable');
  });

  it('refuses paths that climb out of the bundle or are absolute', () => {
    for (const path of ['../etc/passwd', '/abs', 'forms/../../x', 'a//b', '.hidden']) {
      expect(() => bundleFromJson({ files: { [path]: '' } }), path).toThrow('request.invalid');
    }
  });

  it('refuses archives over the size limit before inflating them', () => {
    const bomb = zipSync({ 'big.txt': new Uint8Array(11 * 1024 * 1024) });
    expect(bomb.byteLength).toBeLessThan(100_000);
    expect(() => bundleFromZip(bomb)).toThrow('bundle.too-large');
  });
});
