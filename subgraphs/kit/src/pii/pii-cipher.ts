import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Personal values at rest (docs/architecture.md §4): AES-256-GCM with a fresh 96-bit nonce per value, stored as
 * base64(nonce ‖ tag ‖ ciphertext); lookup and uniqueness through a keyed blind index
 * (HMAC-SHA256 under a second key, truncated to 128 bits, hex) — no plaintext, no unkeyed hash.
 * `K` names the kinds of value a subgraph indexes ('id' | 'phone' …): the kind is part of the
 * HMAC input, so an ID number and a phone number never share an index value.
 */
export class PiiCipher<K extends string = string> {
  /* Nonces come from a pooled CSPRNG buffer: one randomFillSync per 4,096 values instead of one each
     (measured in members: a third of the import's crypto time); the bytes are as random either way. */
  private pool = Buffer.alloc(0);
  private offset = 0;

  /**
   * `acceptedKeys`: older encryption keys still read while PII_KEY is rotated (decrypt only; values
   * are always written under `key`). `npm run pii:rekey` moves every value to `key`, after which they
   * can be dropped (docs/secrets-rotation.draft.md).
   */
  constructor(
    private readonly key: Buffer,
    private readonly indexKey: Buffer,
    private readonly acceptedKeys: readonly Buffer[] = [],
  ) {
    if (key.length !== 32 || indexKey.length !== 32) throw new Error('PII keys must be 32 bytes');
    if (acceptedKeys.some((k) => k.length !== 32)) throw new Error('PII keys must be 32 bytes');
  }

  encrypt(plain: string): string {
    const nonce = this.nextNonce();
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce);
    // GCM adds no padding: update() returns the whole ciphertext and final() nothing.
    const body = cipher.update(plain, 'utf8');
    cipher.final();
    const out = Buffer.allocUnsafe(28 + body.length);
    nonce.copy(out, 0);
    cipher.getAuthTag().copy(out, 12);
    body.copy(out, 28);
    return out.toString('base64');
  }

  private nextNonce(): Buffer {
    if (this.offset + 12 > this.pool.length) {
      this.pool = randomBytes(12 * 4096);
      this.offset = 0;
    }
    const nonce = this.pool.subarray(this.offset, this.offset + 12);
    this.offset += 12;
    return nonce;
  }

  /*
   * The current key first, then the accepted ones: GCM's tag fails reliably under a wrong key, so
   * the first key whose tag matches is the one that sealed the value. The error names no value.
   */
  decrypt(stored: string): string {
    const opened = this.open(stored);
    if (opened === null) throw new Error('PII value does not decrypt under any configured key');
    return opened.plain;
  }

  /** The plain value and whether it is sealed under the current key; null when no key opens it. */
  open(stored: string): { plain: string; current: boolean } | null {
    const raw = Buffer.from(stored, 'base64');
    if (raw.length < 28) return null;
    const keys = [this.key, ...this.acceptedKeys];
    for (let i = 0; i < keys.length; i++) {
      const plain = decryptWith(keys[i]!, raw);
      if (plain !== null) return { plain, current: i === 0 };
    }
    return null;
  }

  /** The same encryption keys under another blind-index key (the next one of an index rotation). */
  withIndexKey(indexKey: Buffer): PiiCipher<K> {
    return new PiiCipher<K>(this.key, indexKey, this.acceptedKeys);
  }

  /** Deterministic keyed index of a normalized value; the kind keeps values of different kinds apart. */
  blindIndex(kind: K, normalized: string): string {
    return createHmac('sha256', this.indexKey).update(`${kind}:${normalized}`).digest('hex').slice(0, 32);
  }
}

function decryptWith(key: Buffer, raw: Buffer): string | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
