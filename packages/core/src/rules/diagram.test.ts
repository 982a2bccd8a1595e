import { describe, expect, it } from 'vitest';
import { lineOf, runRule } from '../../test/rule-tester.js';
import { replaceSection, TDD_DOCUMENT } from '../../test/tdd-document.js';

/** The tdd document with this body in its Context Diagram section. */
const withContextDiagram = (body: string) =>
  replaceSection(TDD_DOCUMENT, '## Context Diagram', `## Context Diagram\n\n${body}\n\n`);
const findings = (markdown: string) => runRule('diagram', markdown).findings;

describe('diagram', () => {
  describe('valid', () => {
    it.each([
      ['the tdd document', TDD_DOCUMENT],
      ['a Mermaid block', withContextDiagram('```mermaid\ngraph LR\n  client --> ledger\n```')],
      ['an indented code block', withContextDiagram('    client -> ledger')],
      ['an image', withContextDiagram('![Context](diagrams/context.svg)')],
      [
        'a link to a diagram file',
        withContextDiagram('See [the context diagram](diagrams/context.drawio).'),
      ],
      ['an HTML image', withContextDiagram('<img src="context.png" alt="Context">')],
      [
        'an inline SVG',
        withContextDiagram('<svg viewBox="0 0 10 10">\n  <rect width="10" height="10"/>\n</svg>'),
      ],
      ['an image in a list item', withContextDiagram('- ![Context](context.png)')],
      ['an image in a block quote', withContextDiagram('> ![Context](context.png)')],
      [
        'a code block in a list item',
        withContextDiagram('- The flow:\n\n  ```\n  client -> ledger\n  ```'),
      ],
    ])('%s', (_name, markdown) => {
      expect(findings(markdown)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('warns about a diagram section that holds only prose, at its heading', () => {
      const markdown = withContextDiagram('The ledger sits between checkout and the bank.');
      expect(findings(markdown)).toEqual([
        {
          message: 'Section “Context Diagram” has no diagram (a code block or an image)',
          line: lineOf(markdown, '## Context Diagram'),
          column: 1,
          severity: 'warning',
        },
      ]);
    });

    it('does not take a link to a web page for a diagram', () => {
      const markdown = withContextDiagram(
        'See [the architecture page](https://wiki.example.com/ledger).',
      );
      expect(findings(markdown)).toEqual([
        {
          message: 'Section “Context Diagram” has no diagram (a code block or an image)',
          line: lineOf(markdown, '## Context Diagram'),
          column: 1,
          severity: 'warning',
        },
      ]);
    });

    it('checks subsections the template reserves for a diagram', () => {
      const markdown = replaceSection(
        TDD_DOCUMENT,
        '### Component Diagram',
        '### Component Diagram\n\nThe API, the engine and the store.\n\n',
      );
      expect(findings(markdown)).toEqual([
        {
          message: 'Section “Component Diagram” has no diagram (a code block or an image)',
          line: lineOf(markdown, '### Component Diagram'),
          column: 1,
          severity: 'warning',
        },
      ]);
    });

    it('leaves an empty diagram section to empty-section (one finding, not two)', () => {
      const markdown = replaceSection(
        TDD_DOCUMENT,
        '### Entity Relationships',
        '### Entity Relationships\n\n',
      );
      expect(findings(markdown)).toEqual([]);
    });
  });
});
