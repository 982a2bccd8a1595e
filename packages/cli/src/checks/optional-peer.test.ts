import { describe, expect, it } from 'vitest';
import { CliError } from '../io.js';
import { loadPeer } from './optional-peer.js';

describe('loadPeer', () => {
  it('says in one line what needs a package that is not installed, and how to install it', async () => {
    const name = 'designdoc-no-such-driver';
    const loading = loadPeer(name, '^1.0.0', 'check-schema --database x://', () => import(name));
    await expect(loading).rejects.toThrow(CliError);
    await expect(loading).rejects.toThrow(
      'check-schema --database x:// needs designdoc-no-such-driver, which is not installed: npm install designdoc-no-such-driver@^1.0.0',
    );
  });

  it('gives the package when it is there, and passes on other failures as they are', async () => {
    expect((await loadPeer('kysely', '^0.28.0', 'test', () => import('kysely'))).sql).toBeTypeOf(
      'function',
    );
    await expect(
      loadPeer('kysely', '^0.28.0', 'test', () => Promise.reject(new TypeError('broken inside'))),
    ).rejects.toThrow(TypeError);
  });
});
