import { describe, expect, it } from 'vitest';
import { lineOf, runRule } from '../../test/rule-tester.js';
import { replaceSection, TDD_DOCUMENT } from '../../test/tdd-document.js';

const findings = (markdown: string, template = 'tdd') =>
  runRule('section-order', markdown, { template }).findings;

/** Cut a section out of the tdd document and put it back before another heading. */
function move(heading: string, before: string): string {
  const start = TDD_DOCUMENT.indexOf(`${heading}\n`);
  const rest = replaceSection(TDD_DOCUMENT, heading, '');
  const section = TDD_DOCUMENT.slice(start, start + TDD_DOCUMENT.length - rest.length);
  const at = rest.indexOf(`${before}\n`);
  return rest.slice(0, at) + section + rest.slice(at);
}

describe('section-order', () => {
  describe('valid', () => {
    it.each([
      ['the tdd document', TDD_DOCUMENT, 'tdd'],
      [
        'missing and unknown sections between ordered ones',
        '# T\n\n## Overview\n\nA.\n\n## Notes\n\nB.\n\n## Security\n\nC.\n',
        'tdd',
      ],
      [
        'a repeated section (duplicate-section reports it)',
        '# T\n\n## Overview\n\nA.\n\n## Context\n\nB.\n\n## Overview\n\nC.\n',
        'tdd',
      ],
      [
        'RFC sections under their older names',
        '# Summary\n\nA.\n\n# Detailed design\n\nB.\n\n# Alternatives\n\nC.\n',
        'rfc',
      ],
    ])('%s', (_name, markdown, template) => {
      expect(findings(markdown, template)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports only the moved section, naming the section it belongs after', () => {
      const markdown = move('## Context', '## Overview');
      expect(findings(markdown)).toEqual([
        {
          message: 'Section “Context” is out of order, expected after “Goals and Non-Goals”',
          line: lineOf(markdown, '## Context'),
          column: 1,
          severity: 'warning',
        },
      ]);
    });

    it('names the neighbour it is on the wrong side of, not one it is already before', () => {
      // Drawbacks moved up above Motivation: it is before Prior art already, but after Summary
      // and Motivation it must come.
      const markdown =
        '# Summary\n\nA.\n\n# Drawbacks\n\nB.\n\n# Motivation\n\nC.\n\n# Prior art\n\nD.\n';
      expect(runRule('section-order', markdown, { template: 'rfc' }).findings).toEqual([
        {
          message: 'Section “Drawbacks” is out of order, expected after “Motivation”',
          line: 5,
          column: 1,
          severity: 'warning',
        },
      ]);
      // Written under an older name (an alias), a section is not held to this template's order.
      expect(
        runRule('section-order', markdown.replace('# Drawbacks', '# How we teach this'), {
          template: 'rfc',
        }).findings,
      ).toEqual([]);
    });

    it('names the section it belongs after when nothing kept comes later', () => {
      const markdown = move('## References', '## Overview');
      expect(findings(markdown)).toEqual([
        {
          message: 'Section “References” is out of order, expected after “Future Considerations”',
          line: lineOf(markdown, '## References'),
          column: 1,
          severity: 'warning',
        },
      ]);
    });

    it('checks subsections among their siblings', () => {
      const markdown = move('### Data Flow', '### High-Level Design');
      expect(findings(markdown)).toEqual([
        {
          message: 'Section “Data Flow” is out of order, expected after “Component Diagram”',
          line: lineOf(markdown, '### Data Flow'),
          column: 1,
          severity: 'warning',
        },
      ]);
    });

    it('reports each section outside the longest ordered run', () => {
      const markdown =
        '# T\n\n## Security\n\nA.\n\n## References\n\nB.\n\n## Overview\n\nC.\n\n## Context\n\nD.\n';
      expect(findings(markdown)).toEqual([
        {
          message: 'Section “Security” is out of order, expected after “Context”',
          line: 3,
          column: 1,
          severity: 'warning',
        },
        {
          message: 'Section “References” is out of order, expected after “Context”',
          line: 7,
          column: 1,
          severity: 'warning',
        },
      ]);
    });

    it('checks RFC sections written at level 1', () => {
      expect(findings('# Motivation\n\nA.\n\n# Summary\n\nB.\n', 'rfc')).toEqual([
        {
          message: 'Section “Motivation” is out of order, expected after “Summary”',
          line: 1,
          column: 1,
          severity: 'warning',
        },
      ]);
    });
  });
});
