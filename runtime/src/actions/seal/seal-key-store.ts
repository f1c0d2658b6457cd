// The sealing key: an Ed25519 private key in PKCS#8 PEM under
// <dataDir>/seal/, created once with mode 0600 and reused. Creation goes
// through a temporary file and link(), so two processes starting together
// end up with one key and nobody reads a half-written file.
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  randomUUID,
} from 'node:crypto';
import { chmod, link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { keyId } from './key-id.ts';

export interface SealKey {
  keyId: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function sealKeyPath(dataDir: string): string {
  return join(dataDir, 'seal', 'ed25519-private.pem');
}

export async function loadOrCreateSealKey(dataDir: string): Promise<SealKey> {
  const file = sealKeyPath(dataDir);
  const existing = await readKey(file);
  if (existing) return existing;
  await createKey(file);
  const created = await readKey(file);
  if (!created) throw new Error(`seal key ${file} vanished right after it was created`);
  return created;
}

async function readKey(file: string): Promise<SealKey | undefined> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!info) return undefined;
  if (!info.isFile()) throw new Error(`seal key ${file} is not a regular file`);
  if ((info.mode & 0o077) !== 0) {
    const mode = (info.mode & 0o777).toString(8);
    throw new Error(`seal key ${file} has mode ${mode}; others must not read it: chmod 600 it`);
  }
  const privateKey = createPrivateKey(await readFile(file, 'utf8'));
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(`seal key ${file} holds a ${privateKey.asymmetricKeyType} key, not Ed25519`);
  }
  const publicKey = createPublicKey(privateKey);
  return { keyId: keyId(publicKey), privateKey, publicKey };
}

async function createKey(file: string): Promise<void> {
  const dir = join(file, '..');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' });
  const temporary = join(dir, `.${randomUUID()}.tmp`);
  await writeFile(temporary, pem, { mode: 0o600, flag: 'wx' });
  try {
    await chmod(temporary, 0o600);
    await link(temporary, file).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  } finally {
    await unlink(temporary);
  }
}
