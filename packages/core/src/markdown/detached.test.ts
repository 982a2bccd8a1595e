import { describe, expect, it } from 'vitest';
import { DocumentTextCache, detached } from './detached.js';

describe('detached', () => {
  it('is the same text', () => {
    const document = `# Title\n\n${'body '.repeat(10_000)}\n## Non-Goals of this design\n`;
    const title = document.slice(document.indexOf('Non-Goals'), -1);
    expect(detached(title)).toBe('Non-Goals of this design');
    expect(detached('')).toBe('');
    expect(detached('😀 é')).toBe('😀 é');
  });
});

describe('DocumentTextCache', () => {
  it('makes each value once from the key, and starts again when full', () => {
    const made: string[] = [];
    const cache = new DocumentTextCache<string>(2);
    const upper = (text: string) => {
      made.push(text);
      return text.toUpperCase();
    };
    expect(cache.get('a', upper)).toBe('A');
    expect(cache.get('a', upper)).toBe('A');
    expect(cache.get('b', upper)).toBe('B');
    expect(made).toEqual(['a', 'b']);
    cache.get('c', upper);
    cache.get('a', upper);
    expect(made).toEqual(['a', 'b', 'c', 'a']);
  });
});
