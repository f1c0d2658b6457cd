// Passwords are stored as Argon2id hashes (OWASP's minimum: 19 MiB, 2 passes).
import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 exports Algorithm as a const enum, which erasable syntax cannot use: 2 is Argon2id.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash never verifies.
    return false;
  }
}

/** Verifying against this keeps failed logins for unknown users as slow as for known ones. */
export const DUMMY_HASH = await hashPassword('timing-equaliser');
