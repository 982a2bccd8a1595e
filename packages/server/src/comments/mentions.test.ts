import { describe, expect, it } from 'vitest';
import { MAX_MENTIONS, mentionedUsernames } from './mentions.js';

describe('mentionedUsernames', () => {
  it('finds @names once each, lower-cased, with sentence punctuation left out', () => {
    expect(mentionedUsernames('@Alice, ask @bob.smith. Then @alice again; cc @c-d-')).toEqual([
      'alice',
      'bob.smith',
      'c-d',
    ]);
  });

  it('ignores e-mail addresses, words with @ inside and names in code', () => {
    const markdown = 'mail me@example.com or x@y, `@inline`\n\n```\n@fenced\n```\n\nbut (@eve)';
    expect(mentionedUsernames(markdown)).toEqual(['eve']);
  });

  it('stops at MAX_MENTIONS names', () => {
    const names = Array.from({ length: MAX_MENTIONS + 5 }, (_, i) => `@user${i}`).join(' ');
    expect(mentionedUsernames(names)).toHaveLength(MAX_MENTIONS);
  });
});
