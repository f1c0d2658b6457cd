import { describe, expect, it } from 'vitest';
import {
  generateSecureRandomString,
  hashSecret,
  secretMatches,
  splitToken,
} from './session-token.ts';

describe('session tokens', () => {
  it('are 24 characters from an alphabet without look-alikes, different every time', () => {
    const a = generateSecureRandomString();
    expect(a).toMatch(/^[abcdefghijkmnpqrstuvwxyz23456789]{24}$/);
    expect(generateSecureRandomString()).not.toBe(a);
  });

  it('split into id and secret only in the form id.secret', () => {
    expect(splitToken('abc.def')).toEqual({ id: 'abc', secret: 'def' });
    expect(splitToken('abc')).toBeNull();
    expect(splitToken('a.b.c')).toBeNull();
    expect(splitToken('.def')).toBeNull();
  });

  it('match only the secret whose SHA-256 was stored', () => {
    const stored = hashSecret('secret-one');
    expect(stored).toHaveLength(32);
    expect(secretMatches('secret-one', stored)).toBe(true);
    expect(secretMatches('secret-two', stored)).toBe(false);
    expect(secretMatches('secret-one', stored.slice(0, 16))).toBe(false);
  });
});
