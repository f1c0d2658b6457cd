import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadOrCreateStatusKey,
  parseStatusToken,
  statusKeyPath,
  statusToken,
  tokenMatches,
} from './status-token.ts';

const key = new Uint8Array(32).fill(7);

describe('statusToken', () => {
  it('is 24 base32 characters in groups of four, bound to the tenant and the number', () => {
    const token = statusToken(key, 'tbilisi', 'MR-2026-000001');
    expect(token).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){5}$/);
    const bytes = parseStatusToken(token)!;
    expect(tokenMatches(key, 'tbilisi', 'MR-2026-000001', bytes)).toBe(true);
    expect(tokenMatches(key, 'kutaisi', 'MR-2026-000001', bytes)).toBe(false);
    expect(tokenMatches(key, 'tbilisi', 'MR-2026-000002', bytes)).toBe(false);
    expect(tokenMatches(new Uint8Array(32), 'tbilisi', 'MR-2026-000001', bytes)).toBe(false);
  });

  it('reads what a person types: any case, dashes or spaces, and nothing malformed', () => {
    const token = statusToken(key, 'tbilisi', 'MR-2026-000001');
    const typed = ` ${token.toUpperCase().replaceAll('-', ' ')} `;
    expect(parseStatusToken(typed)).toEqual(parseStatusToken(token));
    expect(parseStatusToken('abcd')).toBeUndefined();
    expect(parseStatusToken(`${token}a`)).toBeUndefined();
    expect(parseStatusToken('0000-1111-8888-9999-0000-1111')).toBeUndefined();
  });
});

describe('loadOrCreateStatusKey', () => {
  it('creates a 32-byte key readable by its owner only, and reuses it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'saqme-status-key-'));
    const [a, b] = await Promise.all([loadOrCreateStatusKey(dir), loadOrCreateStatusKey(dir)]);
    expect(a).toHaveLength(32);
    expect(b).toEqual(a);
    expect(await loadOrCreateStatusKey(dir)).toEqual(a);
    expect(statSync(statusKeyPath(dir)).mode & 0o777).toBe(0o600);
  });

  it('refuses a key file of the wrong size', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'saqme-status-key-'));
    await loadOrCreateStatusKey(dir);
    writeFileSync(statusKeyPath(dir), 'short');
    await expect(loadOrCreateStatusKey(dir)).rejects.toThrow(/holds 5 bytes/);
  });
});
