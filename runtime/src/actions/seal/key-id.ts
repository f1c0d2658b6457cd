// Names a public key by its RFC 7638 JWK thumbprint: SHA-256 over the
// required members in lexicographic order, base64url. Anyone holding the
// public key computes the same id, without our code.
import { createHash, type KeyObject } from 'node:crypto';

export function keyId(publicKey: KeyObject): string {
  const jwk = publicKey.export({ format: 'jwk' });
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') {
    throw new Error(`expected an Ed25519 public key, got ${jwk.kty}/${jwk.crv}`);
  }
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x });
  return createHash('sha256').update(canonical).digest('base64url');
}
