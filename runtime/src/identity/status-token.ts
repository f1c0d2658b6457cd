// The secret that lets an applicant follow a case without an account: an
// HMAC of (tenant, case number) under the installation's status key. Nothing
// is stored per case; the key (a file under the data directory, shared by
// every API node) vouches for it, and rotating the key revokes every token.
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { chmod, link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeBase32IgnorePadding, encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** 15 bytes: 120 bits, 24 base32 characters, shown in groups of four. */
const TOKEN_BYTES = 15;
const KEY_BYTES = 32;

function mac(key: Uint8Array, tenantId: string, number: string): Buffer {
  return createHmac('sha256', key)
    .update(`saqme-case-status\0${tenantId}\0${number}`)
    .digest()
    .subarray(0, TOKEN_BYTES);
}

/** The token as the applicant sees it, e.g. `abcd-efgh-ijkl-mnop-qrst-uvwx`. */
export function statusToken(key: Uint8Array, tenantId: string, number: string): string {
  const plain = encodeBase32LowerCaseNoPadding(mac(key, tenantId, number));
  return plain.match(/.{1,4}/g)!.join('-');
}

/** The token's bytes from what a person typed (any case, dashes or spaces); undefined when malformed. */
export function parseStatusToken(typed: string): Uint8Array | undefined {
  const plain = typed.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z2-7]{24}$/.test(plain)) return undefined;
  try {
    return decodeBase32IgnorePadding(plain);
  } catch {
    return undefined;
  }
}

/** Constant-time check that the token was issued for this tenant's case number. */
export function tokenMatches(
  key: Uint8Array,
  tenantId: string,
  number: string,
  token: Uint8Array,
): boolean {
  const expected = mac(key, tenantId, number);
  return token.length === expected.length && timingSafeEqual(expected, token);
}

export function statusKeyPath(dataDir: string): string {
  return join(dataDir, 'citizen', 'status.key');
}

/** The key under the data directory, created once (mode 0600) by whichever process comes first. */
export async function loadOrCreateStatusKey(dataDir: string): Promise<Uint8Array> {
  const file = statusKeyPath(dataDir);
  const read = () =>
    readFile(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
  const existing = await read();
  if (existing) return checkedKey(file, existing);
  await mkdir(join(file, '..'), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${randomUUID()}.tmp`;
  await writeFile(temporary, randomBytes(KEY_BYTES), { mode: 0o600 });
  await chmod(temporary, 0o600);
  // link() fails when another process won the race; its key is then the one.
  await link(temporary, file).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  await unlink(temporary);
  const created = await read();
  if (!created) throw new Error(`status key ${file} vanished right after it was created`);
  return checkedKey(file, created);
}

function checkedKey(file: string, bytes: Buffer): Uint8Array {
  if (bytes.length !== KEY_BYTES)
    throw new Error(`status key ${file} holds ${bytes.length} bytes, not ${KEY_BYTES}`);
  return new Uint8Array(bytes);
}
