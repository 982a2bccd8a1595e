import { existsSync, readFileSync } from 'node:fs';
import { createSecretBox, decodeSecretsKey, type SecretBox } from './secret-box.js';

/** Which key opens an instance's sealed secrets, and where it came from. */
export interface SealedSecretsKey {
  /** How many sealed secrets there are (webhook signing secrets). */
  sealed: number;
  /** The key's id (8 hex digits of its SHA-256, safe to print); null when nothing is sealed. */
  keyId: string | null;
  /** `SECRETS_KEY`, the key file's path, or null when there is neither. */
  from: string | null;
}

/** A sealed secret the key in hand cannot open: the moved instance could not either. */
export class SealedSecretsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealedSecretsError';
  }
}

/**
 * Check that the key an instance runs with opens every one of its sealed secrets, the key found
 * as the server finds it (secrets-key.ts): SECRETS_KEY when set, else the key file in the data
 * folder, read and never made here. A move copies sealed secrets as they are, so the instance it
 * makes needs this same key; the result says which and from where, for the operator to carry
 * over. Throws SealedSecretsError naming the first secret that does not open.
 */
export function checkSealedSecrets(
  secrets: { id: string; sealed: string }[],
  settings: { secretsKey: string | null; keyFile: string },
): SealedSecretsKey {
  let box: SecretBox | null = null;
  let from: string | null = null;
  try {
    if (settings.secretsKey !== null) {
      from = 'SECRETS_KEY';
      box = createSecretBox(decodeSecretsKey(settings.secretsKey));
    } else if (existsSync(settings.keyFile)) {
      from = settings.keyFile;
      box = createSecretBox(decodeSecretsKey(readFileSync(settings.keyFile, 'utf8').trim()));
    }
  } catch (error) {
    throw new SealedSecretsError(`The key in ${from} is unusable: ${(error as Error).message}`);
  }
  if (secrets.length === 0) return { sealed: 0, keyId: box?.keyId ?? null, from };
  const first = secrets[0] as { id: string; sealed: string };
  if (!box)
    throw new SealedSecretsError(
      `Webhook ${first.id}'s secret is sealed with key ${keyIdOf(first.sealed)}, but there is no SECRETS_KEY and no ${settings.keyFile}: set SECRETS_KEY to the key the SQLite instance runs with`,
    );
  for (const { id, sealed } of secrets) {
    try {
      box.open(sealed);
    } catch {
      throw new SealedSecretsError(
        `Webhook ${id}'s secret is sealed with key ${keyIdOf(sealed)}, which ${from} (key ${box.keyId}) cannot open: run this with the SECRETS_KEY the SQLite instance runs with${from === 'SECRETS_KEY' ? ` (or none, to use ${settings.keyFile})` : ''}`,
      );
    }
  }
  return { sealed: secrets.length, keyId: box.keyId, from };
}

/** The key id a sealed value names (`v1.<key id>.…`). */
function keyIdOf(sealed: string): string {
  return sealed.split('.')[1] ?? '?';
}
