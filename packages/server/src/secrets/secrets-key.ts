import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSecretBox, decodeSecretsKey, type SecretBox } from './secret-box.js';

/** The key file of the embedded default, in the data folder. */
export const SECRETS_KEY_FILE = 'secrets.key';

/**
 * The instance's secret box: from SECRETS_KEY when set, else from `secrets.key` in the data
 * folder, which is made (mode 0600, 32 random bytes as hex) the first time a secret is sealed.
 * Made on first need, so that an instance that never stores a secret writes no file. Two
 * processes making it at once agree: the file is created exclusively and the loser reads it.
 */
export function secretBoxLoader(settings: {
  secretsKey: string | null;
  dataDir: string;
}): () => SecretBox {
  let box: SecretBox | undefined;
  return () => {
    box ??= createSecretBox(
      decodeSecretsKey(settings.secretsKey ?? readOrCreateKeyFile(settings.dataDir)),
    );
    return box;
  };
}

/** Written whole to a file of its own, then linked into place: a reader never sees half a key. */
function readOrCreateKeyFile(dataDir: string): string {
  const path = join(dataDir, SECRETS_KEY_FILE);
  const draft = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(draft, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
  try {
    linkSync(draft, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(draft, { force: true });
  }
  return readFileSync(path, 'utf8').trim();
}
