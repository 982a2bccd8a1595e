import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockShape } from '../../test/block-shape.js';
import { commonMarkExamples } from '../../test/commonmark-examples.js';
import { expectSameReading, readsAsMarkdownIt } from '../../test/same-reading.js';
import { parseMarkdown } from './parse-markdown.js';

/**
 * The block parser must read documents as markdown-it (CommonMark + GFM tables) does: every
 * example of the CommonMark spec, the repository's own documents, and generated documents are
 * compared block for block (the shared corpora in `block-parser.corpus.test.ts`).
 */
describe('block parser agrees with markdown-it', () => {
  it('on every example of the CommonMark spec', () => {
    const examples = commonMarkExamples();
    expect(examples).toHaveLength(652);
    const differing = examples
      .filter((example) => !readsAsMarkdownIt(example.markdown))
      .map((example) => `${example.number} (${example.section})`);
    expect(differing).toEqual([]);
  });

  it('on DESIGN.md, the README and the examples', () => {
    const root = new URL('../../../../', import.meta.url);
    for (const file of [
      'DESIGN.md',
      'README.md',
      'examples/payments-ledger.md',
      'examples/broken.md',
      'examples/adr-0001-use-postgresql.md',
      'examples/rfc-0001-workspace-templates.md',
    ]) {
      let source = '';
      try {
        source = readFileSync(new URL(file, root), 'utf8');
      } catch {
        continue;
      }
      expectSameReading(source);
    }
  });

  const line = fc.oneof(
    fc.constantFrom(
      '',
      '',
      'Plain text with words',
      'more text',
      '# Heading',
      '## Overview',
      '### Sub heading ###',
      '#NoSpace',
      'Setext',
      '===',
      '---',
      '***',
      '- item',
      '- **Label**: value',
      '* star item',
      '1. first',
      '2) second',
      '  - nested',
      '    - deeper',
      '   continuation',
      '> quote',
      '> - quoted item',
      '>',
      '```',
      '```yaml',
      '~~~',
      '  ```',
      '    indented code',
      '| A | B |',
      '|---|---|',
      '| 1 | 2 |',
      '  | 1 | 2 |',
      'a | b',
      '--- | ---',
      '<!-- comment -->',
      '<!-- open',
      '-->',
      '<div>',
      '</div>',
      '[ref]: https://example.com',
      '[ref2]: #anchor "title"',
      '[ref3]:',
      '  /url',
      '  "title"',
      '- [ ] task',
      '- [x] done',
      '\tTabbed text',
      '>\t\tquoted tab',
      '-\tbullet tab',
      '  \tmixed indentation',
    ),
    fc.stringMatching(/^[a-z]{1,3}(?: [a-z]{1,4}){0,3}$/),
  );

  it('on generated documents', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        expectSameReading(`${lines.join('\n')}\n`);
      }),
      { numRuns: 3000, seed: 42 },
    );
  });
});

const outline = (source: string) => blockShape(parseMarkdown(source).blocks);
const labels = (source: string) => [...parseMarkdown(source).references.keys()].sort();

/** Each case is a CommonMark reading the parser once got wrong; markdown-it reads each the same. */
describe('block parser reads', () => {
  const code = (value: string, line: number, fenced = false, lang = '') =>
    ['code', lang, value, line, fenced] as const;

  it('a tab after a block quote or list marker as the columns up to its tab stop', () => {
    // `>` or `-` then two tabs: the content starts at column 6, code indented by 2 more.
    const quote = '>\t\tfoo\n';
    const item = '-\t\tfoo\n';
    expect(outline(quote)).toEqual([['blockquote', [code('  foo\n', 1)]]]);
    expect(outline(item)).toEqual([['list', false, [['', 1, null, [code('  foo\n', 1)]]]]]);
    for (const source of [quote, item]) expectSameReading(source);
  });

  it('the tabs of a fenced code block inside a list item as tabs', () => {
    const source = '- Run:\n  ```go\n  func f() {\n  \treturn\n  }\n  ```\n';
    const [list] = outline(source) as [[string, boolean, [unknown, unknown, unknown, unknown[]][]]];
    expect(list[2][0]?.[3]).toEqual([code('func f() {\n\treturn\n}\n', 3, true, 'go')]);
    expectSameReading(source);
  });

  it('a link reference definition over several lines', () => {
    const cases: [string, string[], unknown[]][] = [
      [
        '[Foo\n  bar]: /url\n\n[Baz][Foo bar]\n',
        ['FOO BAR'],
        [['paragraph', '[Baz][Foo bar]', '4-4']],
      ],
      ['[foo]:\n/url\n\n[foo]\n', ['FOO'], [['paragraph', '[foo]', '4-4']]],
      ['[bar]: /bar-url\n  "bar"\n[baz]: /baz-url\n', ['BAR', 'BAZ'], []],
      ["[foo]: /url '\ntitle\nline1\n'\n\n[foo]\n", ['FOO'], [['paragraph', '[foo]', '6-6']]],
      // A list item ends the definition: no destination, so no definition.
      [
        '[foo]:\n- /url\n',
        [],
        [
          ['paragraph', '[foo]:', '1-1'],
          ['list', false, [['/url', 2, null, []]]],
        ],
      ],
      // markdown-it reads a destination past a backslash ending its line, then takes no title.
      ['[foo]: /url\\\n"title"\n', ['FOO'], [['paragraph', '"title"', '2-2']]],
    ];
    for (const [source, expectedLabels, expectedBlocks] of cases) {
      expect(labels(source)).toEqual(expectedLabels);
      expect(outline(source)).toEqual(expectedBlocks);
      expectSameReading(source);
    }
  });

  it('a reference title with escaped quotes', () => {
    const source = '[foo]: /url\\bar\\*baz "foo\\"bar\\baz"\n';
    expect(labels(source)).toEqual(['FOO']);
    expect(outline(source)).toEqual([]);
    expectSameReading(source);
  });

  it('a reference to a javascript: URL as text', () => {
    const source = '[foo]: javascript:alert(1)\n';
    expect(labels(source)).toEqual([]);
    expect(outline(source)).toEqual([['paragraph', '[foo]: javascript:alert(1)', '1-1']]);
    expectSameReading(source);
  });

  it("a list item's text on the line after an empty marker", () => {
    const source = '-\n  foo\n-   \n  bar\n';
    expect(outline(source)).toEqual([
      [
        'list',
        false,
        [
          ['foo', 2, null, []],
          ['bar', 4, null, []],
        ],
      ],
    ]);
    expectSameReading(source);
  });

  it('an HTML block left of an item’s content, even indented by 4, as the end of the item', () => {
    const source = '  1. Fetch:\n    <ul>\n    <li>one</li>\n    </ul>\n  1. Check\n';
    expect(outline(source)).toEqual([
      ['list', true, [['Fetch:', 1, null, []]]],
      code('<ul>\n<li>one</li>\n</ul>\n', 2),
      ['list', true, [['Check', 5, null, []]]],
    ]);
    // A list marker indented by 4 there is no item: the line goes on with the paragraph.
    const lazy = '- a\n - b\n  - c\n   - d\n    - e\n';
    expect(outline(lazy)).toEqual([
      [
        'list',
        false,
        [
          ['a', 1, null, []],
          ['b', 2, null, []],
          ['c', 3, null, []],
          ['d\n- e', 4, null, []],
        ],
      ],
    ]);
    for (const text of [source, lazy]) expectSameReading(text);
  });

  it('white space other than spaces and tabs as text (a byte order mark, a no-break space)', () => {
    const source = '\uFEFF# Title\n\nText\u00a0\n- Item\u00a0\n  next\n';
    expect(outline(source)).toEqual([
      ['paragraph', '\uFEFF# Title', '1-1'],
      ['paragraph', 'Text\u00a0', '3-3'],
      ['list', false, [['Item\u00a0\nnext', 4, null, []]]],
    ]);
    expectSameReading(source);
  });

  it('a line separator (U+2028, U+2029) inside a heading or a fence’s info string as text', () => {
    const source = '# a\u2028b\n\n```js\u2029x\ncode\n```\n';
    expect(outline(source).map((block) => block[0])).toEqual(['heading', 'code']);
    expectSameReading(source);
  });

  it('a table whose header cells are all empty', () => {
    const source = '|   |   |\n|---|---|\n| a | b |\n';
    expect(outline(source)).toEqual([['table', ['', ''], [[3, ['a', 'b']]], '1-3']]);
    // `- ` is a setext underline (or a list item), never a delimiter row.
    const underline = 'a\n| |\n- \n';
    expect(outline(underline)).toEqual([['heading', 2, 'a\n| |', '1-3']]);
    for (const text of [source, underline]) expectSameReading(text);
  });

  it('a quoted paragraph going on with an indented line, then with a lazy one', () => {
    const source = '> a\n>     b\nc\n';
    expect(outline(source)).toEqual([['blockquote', [['paragraph', 'a\nb\nc', '1-3']]]]);
    expectSameReading(source);
  });

  it('a fenced code block, a table or an HTML block in an item as ending at a line left of it', () => {
    const fence = '- a\n  ```\n  code\nb\n  ```\n';
    expect(outline(fence)).toEqual([
      ['list', false, [['a', 1, null, [code('code\n', 3, true)]]]],
      ['paragraph', 'b', '4-4'],
      code('', 6, true),
    ]);
    const table = '- a\n  | x |\n  |---|\nnext\n';
    expect(outline(table)).toEqual([
      ['list', false, [['a', 1, null, [['table', ['x'], [], '2-3']]]]],
      ['paragraph', 'next', '4-4'],
    ]);
    const onMarkerLine = '- ```\n  code\nlazy\n';
    expect(outline(onMarkerLine)).toEqual([
      ['list', false, [['', 1, null, [code('code\n', 2, true)]]]],
      ['paragraph', 'lazy', '3-3'],
    ]);
    // A fence in a nested item ends with that item; the next item's paragraph takes lazy lines.
    const nested = '- a\n  - b\n    ```\n  - c\nlazy\n';
    expect(outline(nested)).toEqual([
      [
        'list',
        false,
        [
          [
            'a',
            1,
            null,
            [
              [
                'list',
                false,
                [
                  ['b', 2, null, [code('', 4, true)]],
                  ['c\nlazy', 4, null, []],
                ],
              ],
            ],
          ],
        ],
      ],
    ]);
    const html = '- <div>\n  text\nlazy\n';
    expect(outline(html)).toEqual([
      ['list', false, [['', 1, null, [['html', '<div>\ntext', '1-2']]]]],
      ['paragraph', 'lazy', '3-3'],
    ]);
    for (const source of [fence, onMarkerLine, nested, table, html]) expectSameReading(source);
  });

  it('a line starting with an inline tag as paragraph text, which lazy lines go on with', () => {
    const inline = '- <kbd>Ctrl</kbd> copies\nthe line\n';
    expect(outline(inline)).toEqual([
      ['list', false, [['<kbd>Ctrl</kbd> copies\nthe line', 1, null, []]]],
    ]);
    // A lone tag starts no HTML block inside a paragraph.
    const tag = '- a\n  <b>\nlazy\n';
    expect(outline(tag)).toEqual([['list', false, [['a\n<b>\nlazy', 1, null, []]]]]);
    for (const source of [inline, tag]) expectSameReading(source);
  });

  it('the blank lines ending an item as part of a fenced code block left open in it', () => {
    const source = '- a\n  ```\n  x\n\nb\n';
    expect(outline(source)).toEqual([
      ['list', false, [['a', 1, null, [code('x\n\n', 3, true)]]]],
      ['paragraph', 'b', '5-5'],
    ]);
    expectSameReading(source);
  });

  it('a table header left of an item, with its delimiter row in the item, as ending the item', () => {
    const source = '- a\n| x |\n  |---|\n';
    expect(outline(source)).toEqual([
      ['list', false, [['a', 1, null, []]]],
      ['table', ['x'], [], '2-3'],
    ]);
    // In a nested item's paragraph the delimiter row is left of that item: both lines are text.
    const nested = '- a\n  - b\n| x |\n  |---|\nc\n';
    expect(outline(nested)).toEqual([
      ['list', false, [['a', 1, null, [['list', false, [['b\n| x |\n|---|\nc', 2, null, []]]]]]]],
    ]);
    // A paragraph in a quote in the item takes such lines lazily: no table interrupts it there.
    const quoted = '- > foo\n  |---|---|\n  |---|---|\nbar\n';
    expect(outline(quoted)).toEqual([
      [
        'list',
        false,
        [['', 1, null, [['blockquote', [['paragraph', 'foo\n|---|---|\n|---|---|\nbar', '1-4']]]]]],
      ],
    ]);
    for (const text of [source, nested, quoted]) expectSameReading(text);
  });
});
