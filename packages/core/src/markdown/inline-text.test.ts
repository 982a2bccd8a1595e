import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model/parse.js';
import { getPreset } from '../template/presets/index.js';
import { maskInlineCode, plainText, sentenceKey, titleKey } from './inline-text.js';

describe('plainText', () => {
  it.each([
    ['plain text, spaces collapsed', '  Key   Design  Decisions ', 'Key Design Decisions'],
    ['emphasis, code ticks and HTML tags', '*Use* `fix` <b>now</b>', 'Use fix now'],
    ['link and image targets', '[a](x.md) and ![b](y.png "t") and [c][ref]', 'a and b and c'],
    [
      'a destination with balanced parentheses, read whole',
      'Use [sets](https://en.wikipedia.org/wiki/Set_(mathematics)) for tags',
      'Use sets for tags',
    ],
    ['two levels of parentheses', '[f](a(b(c))d) after', 'f after'],
    [
      'a code span’s contents as written',
      'The `fix_all` **command** `*x*`',
      'The fix_all command *x*',
    ],
    [
      'an `_` inside a word, as text',
      'snake_case and _emphasis_ and __strong__',
      'snake_case and emphasis and strong',
    ],
    [
      'an autolink’s address',
      'Docs: <https://redis.io/docs> or <ops@example.com>',
      'Docs: https://redis.io/docs or ops@example.com',
    ],
  ])('%s', (_name, markdown, text) => {
    expect(plainText(markdown)).toBe(text);
  });

  it('reads a decision whose table cell links with parentheses in the URL', () => {
    const doc = parseDocument(
      '# T\n\n## Key Design Decisions\n\n| Decision | Rationale | Trade-offs |\n|---|---|---|\n| Use [sets](https://en.wikipedia.org/wiki/Set_(mathematics)) for tags | Fast | None |\n',
      getPreset('tdd'),
    );
    expect(doc.model.extracts.decisions.map((d) => d.decision)).toEqual(['Use sets for tags']);
  });
});

describe('titleKey and sentenceKey', () => {
  it('compare titles regardless of case, punctuation, numbering and markup', () => {
    expect(titleKey('2.1 Non-Goals')).toBe(titleKey('non goals'));
    expect(titleKey('Q&A')).toBe('q and a');
    expect(titleKey('[Security](#security) `notes`')).toBe('security notes');
    expect(sentenceKey('Describe the *problem*.')).toBe('describe the problem');
  });
});

describe('maskInlineCode', () => {
  it('blanks code spans and keeps the length', () => {
    expect(maskInlineCode('a `b` ``c`d`` e ` f')).toBe(`a${' '.repeat(13)}e \` f`);
  });
});
