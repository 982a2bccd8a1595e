import { describe, expect, it } from 'vitest';
import { runRule } from '../../test/rule-tester.js';

const run = (markdown: string) => runRule('table-of-contents', markdown, { template: 'rfc' });
const missing = (text: string, line: number, tocLine = 5) => ({
  message: `Table of contents (line ${tocLine}) does not list “${text}”`,
  line,
  column: 1,
  severity: 'warning',
});

const DOC = [
  '# Ledger',
  '',
  '## Contents',
  '',
  '- [Summary](#summary)',
  '- [Motivation](#motivation)',
  '  - [Use cases](#use-cases)',
  '- [Drawbacks](#drawbacks)',
  '',
  '## Summary',
  '',
  'A.',
  '',
  '## Motivation',
  '',
  'B.',
  '',
  '### Use cases',
  '',
  'C.',
  '',
  '## Drawbacks',
  '',
  'D.',
  '',
].join('\n');

describe('table-of-contents', () => {
  describe('valid', () => {
    it.each([
      ['a table of contents that lists every heading', DOC],
      ['a document without one', '# T\n\n## Summary\n\nA.\n'],
      [
        'headings outside the stretch the table covers (a table of the proposal’s parts)',
        `${DOC}\n## Appendix\n\nE.\n`,
      ],
      [
        'headings deeper than the table goes',
        DOC.replace('  - [Use cases](#use-cases)\n', '').replace('### Use cases', '### Use cases'),
      ],
      [
        'entries that point at `<a name>` anchors before the headings',
        '# T\n\n1. [One](#one)\n2. [Two](#two)\n3. [Three](#three)\n\n<a name="one"></a>\n\n## First part\n\nA.\n\n<a name="two"></a>\n\n## Second part\n\nB.\n\n<a name="three"></a>\n\n## Third part\n\nC.\n',
      ],
    ])('%s', (_name, markdown) => {
      expect(run(markdown).findings).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports each heading the table leaves out, at the heading', () => {
      const markdown = DOC.replace('- [Motivation](#motivation)\n', '');
      expect(run(markdown).findings).toEqual([missing('Motivation', 13)]);
    });

    it('reads a list under a <!-- toc --> comment as a table of contents', () => {
      const markdown =
        '# T\n\n<!-- toc -->\n- [Summary](#summary)\n<!-- /toc -->\n\n## Summary\n\nA.\n\n## Drawbacks\n\nB.\n\n## Motivation\n\nC.\n';
      expect(
        run(markdown.replace('<!-- /toc -->\n', '- [Motivation](#motivation)\n<!-- /toc -->\n'))
          .findings,
      ).toEqual([missing('Drawbacks', 12, 4)]);
    });
  });
});
