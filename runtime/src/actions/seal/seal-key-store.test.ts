import { chmodSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrCreateSealKey, sealKeyPath } from './seal-key-store.ts';

const dataDir = () => mkdtempSync(join(tmpdir(), 'saqme-seal-'));

describe('loadOrCreateSealKey', () => {
  it('creates an Ed25519 key readable by its owner only, in a private folder', async () => {
    const dir = dataDir();
    const key = await loadOrCreateSealKey(dir);
    expect(key.privateKey.asymmetricKeyType).toBe('ed25519');
    expect(key.keyId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(statSync(sealKeyPath(dir)).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'seal')).mode & 0o777).toBe(0o700);
    expect(readdirSync(join(dir, 'seal'))).toEqual(['ed25519-private.pem']);
  });

  it('reuses the stored key on later loads', async () => {
    const dir = dataDir();
    const first = await loadOrCreateSealKey(dir);
    const second = await loadOrCreateSealKey(dir);
    expect(second.keyId).toBe(first.keyId);
  });

  it('ends with one key when several loads race to create it', async () => {
    const dir = dataDir();
    const keys = await Promise.all(Array.from({ length: 8 }, () => loadOrCreateSealKey(dir)));
    expect(new Set(keys.map((k) => k.keyId)).size).toBe(1);
    expect(readdirSync(join(dir, 'seal'))).toEqual(['ed25519-private.pem']);
  });

  it('refuses a key file that others may read', async () => {
    const dir = dataDir();
    await loadOrCreateSealKey(dir);
    chmodSync(sealKeyPath(dir), 0o644);
    await expect(loadOrCreateSealKey(dir)).rejects.toThrow(/mode 644.*chmod 600/);
  });
});
