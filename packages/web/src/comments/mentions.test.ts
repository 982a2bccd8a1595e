import { describe, expect, it } from 'vitest';
import { insertMention, mentionAt, suggestMembers } from './mentions';

const members = [
  { username: 'priya', displayName: 'Priya Raman' },
  { username: 'rita', displayName: 'Rita Haas' },
  { username: 'sam', displayName: 'Sam Okafor' },
];

describe('mentions', () => {
  it('finds the @word before the caret, not an e-mail address', () => {
    expect(mentionAt('Ask @ri', 7)).toEqual({ start: 4, prefix: 'ri' });
    expect(mentionAt('@', 1)).toEqual({ start: 0, prefix: '' });
    expect(mentionAt('(@sa', 4)).toEqual({ start: 1, prefix: 'sa' });
    expect(mentionAt('mail ana@example', 16)).toBeNull();
    expect(mentionAt('Ask @ri now', 11)).toBeNull();
  });

  it('suggests members by username first, then by a word of the display name', () => {
    expect(suggestMembers(members, 'r').map((m) => m.username)).toEqual(['rita', 'priya']);
    expect(suggestMembers(members, 'oka').map((m) => m.username)).toEqual(['sam']);
    expect(suggestMembers(members, '')).toHaveLength(3);
    expect(suggestMembers(members, 'zz')).toEqual([]);
  });

  it('replaces the typed prefix with the username and a space', () => {
    const text = 'Ask @ri about it';
    expect(insertMention(text, 7, { start: 4, prefix: 'ri' }, 'rita')).toEqual({
      text: 'Ask @rita about it',
      caret: 10,
    });
    expect(insertMention('@pr', 3, { start: 0, prefix: 'pr' }, 'priya')).toEqual({
      text: '@priya ',
      caret: 7,
    });
  });
});
