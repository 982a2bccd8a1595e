import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { checkSealedSecrets, SealedSecretsError } from './sealed-secrets-check.js';
import { createSecretBox, decodeSecretsKey } from './secret-box.js';

const tempDir = useTempDirs();
const FILE_KEY = '11'.repeat(32);
const OTHER_KEY = '22'.repeat(32);
const fileBox = createSecretBox(decodeSecretsKey(FILE_KEY));
const otherBox = createSecretBox(decodeSecretsKey(OTHER_KEY));

describe('checkSealedSecrets', () => {
  it('finds the key as the server does: SECRETS_KEY first, else the data folder’s key file', () => {
    const dir = tempDir({ 'secrets.key': `${FILE_KEY}\n` });
    const keyFile = dir.file('secrets.key');
    const sealed = [{ id: 'h1', sealed: fileBox.seal('one') }];
    expect(checkSealedSecrets(sealed, { secretsKey: null, keyFile })).toEqual({
      sealed: 1,
      keyId: fileBox.keyId,
      from: keyFile,
    });
    expect(checkSealedSecrets(sealed, { secretsKey: FILE_KEY, keyFile })).toEqual({
      sealed: 1,
      keyId: fileBox.keyId,
      from: 'SECRETS_KEY',
    });
    expect(checkSealedSecrets([], { secretsKey: null, keyFile: dir.file('none') })).toEqual({
      sealed: 0,
      keyId: null,
      from: null,
    });
  });

  it('refuses, naming the hook and both keys, when the key in hand cannot open a secret', () => {
    const dir = tempDir({ 'secrets.key': FILE_KEY });
    const keyFile = dir.file('secrets.key');
    const sealed = [
      { id: 'h1', sealed: fileBox.seal('one') },
      { id: 'h2', sealed: otherBox.seal('two') },
    ];
    expect(() => checkSealedSecrets(sealed, { secretsKey: null, keyFile })).toThrow(
      new SealedSecretsError(
        `Webhook h2's secret is sealed with key ${otherBox.keyId}, which ${keyFile} (key ${fileBox.keyId}) cannot open: run this with the SECRETS_KEY the SQLite instance runs with`,
      ),
    );
    expect(() =>
      checkSealedSecrets(sealed.slice(1), { secretsKey: null, keyFile: dir.file('none') }),
    ).toThrow(
      `Webhook h2's secret is sealed with key ${otherBox.keyId}, but there is no SECRETS_KEY and no ${dir.file('none')}: set SECRETS_KEY to the key the SQLite instance runs with`,
    );
  });
});
