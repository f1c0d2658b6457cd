import { describe, expect, it } from 'vitest';
import { sniffMediaType } from './media-type.ts';

describe('sniffMediaType', () => {
  it('recognises PDF, PNG and JPEG by their signatures', () => {
    expect(sniffMediaType(new TextEncoder().encode('%PDF-1.7\n'))).toBe('application/pdf');
    expect(
      sniffMediaType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])),
    ).toBe('image/png');
    expect(sniffMediaType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
  });

  it('recognises nothing else, whatever its name claims', () => {
    expect(sniffMediaType(new TextEncoder().encode('<html><script>'))).toBeUndefined();
    expect(sniffMediaType(new Uint8Array([]))).toBeUndefined();
  });
});
