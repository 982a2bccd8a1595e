import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Secrets the server must read back (webhook signing secrets), sealed with AES-256-GCM under the
 * instance's key. A sealed value names the key that sealed it (the first bytes of its SHA-256),
 * so that an instance with another key says so instead of failing obscurely.
 */
export interface SecretBox {
  /** Which key this is: 8 hex digits of its SHA-256, safe to log. */
  keyId: string;
  seal(plain: string): string;
  /** The plain secret; throws `SecretKeyMismatchError` when another key sealed it. */
  open(sealed: string): string;
}

/** A sealed secret this instance's key cannot open. */
export class SecretKeyMismatchError extends Error {
  constructor(
    readonly sealedWith: string,
    readonly keyId: string,
  ) {
    super(
      sealedWith === keyId
        ? `A stored secret sealed with key ${keyId} is damaged and cannot be opened`
        : `A stored secret was sealed with key ${sealedWith}, but this instance has key ${keyId}: every instance needs the same SECRETS_KEY (docs/operations.md)`,
    );
    this.name = 'SecretKeyMismatchError';
  }
}

const VERSION = 'v1';

/** Key bytes from SECRETS_KEY's text: 64 hex digits or base64 / base64url of 32 bytes. */
export function decodeSecretsKey(text: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(text)
    ? Buffer.from(text, 'hex')
    : Buffer.from(text.replaceAll('-', '+').replaceAll('_', '/'), 'base64');
  if (key.length !== 32) throw new Error('SECRETS_KEY must be 32 bytes');
  return key;
}

/** A box over a 32-byte key. Each seal uses a new 96-bit nonce; the tag authenticates the key id too. */
export function createSecretBox(key: Buffer): SecretBox {
  const keyId = createHash('sha256').update(key).digest('hex').slice(0, 8);
  return {
    keyId,
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(`${VERSION}.${keyId}`));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url'));
      return [VERSION, keyId, ...parts].join('.');
    },
    open(sealed) {
      const [version, sealedWith = '?', iv = '', tag = '', body = ''] = sealed.split('.');
      if (version !== VERSION || sealedWith !== keyId)
        throw new SecretKeyMismatchError(sealedWith, keyId);
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAAD(Buffer.from(`${VERSION}.${keyId}`));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([
          decipher.update(Buffer.from(body, 'base64url')),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        throw new SecretKeyMismatchError(sealedWith, keyId);
      }
    },
  };
}
