import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSecretBox, decodeSecretsKey } from './secret-box.js';
import { SECRETS_KEY_FILE, secretBoxLoader } from './secrets-key.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the secret box', () => {
  const box = createSecretBox(decodeSecretsKey('11'.repeat(32)));

  it('seals a secret so that only its key opens it', () => {
    const sealed = box.seal('whsec-plain');
    expect(sealed).not.toContain('whsec');
    expect(sealed).not.toBe(box.seal('whsec-plain'));
    expect(box.open(sealed)).toBe('whsec-plain');
  });

  it('says which keys disagree when another instance sealed the secret', () => {
    const other = createSecretBox(decodeSecretsKey(Buffer.alloc(32, 2).toString('base64')));
    expect(() => other.open(box.seal('x'))).toThrow(
      `A stored secret was sealed with key ${box.keyId}, but this instance has key ${other.keyId}: every instance needs the same SECRETS_KEY`,
    );
    // The authentication tag's first character changed (every bit of it counts, unlike the last).
    const parts = box.seal('x').split('.');
    const tag = parts[3] as string;
    parts[3] = (tag[0] === 'A' ? 'B' : 'A') + tag.slice(1);
    const tampered = parts.join('.');
    expect(() => box.open(tampered)).toThrow('is damaged');
  });

  it('makes a key file readable by its owner only, on first need, and reuses it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'designdoc-key-'));
    dirs.push(dir);
    const load = secretBoxLoader({ secretsKey: null, dataDir: join(dir, 'data') });
    const sealed = load().seal('kept');
    const path = join(dir, 'data', SECRETS_KEY_FILE);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
    const again = secretBoxLoader({ secretsKey: null, dataDir: join(dir, 'data') });
    expect(again().open(sealed)).toBe('kept');
  });
});
