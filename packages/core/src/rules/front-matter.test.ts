import { describe, expect, it } from 'vitest';
import { runRule } from '../../test/rule-tester.js';
import { TDD_DOCUMENT } from '../../test/tdd-document.js';
import { KNOWN_FRONT_MATTER_KEYS } from '../model/front-matter-values.js';
import { getPreset } from '../template/presets/index.js';
import type { TemplateSpec } from '../template/spec.js';

const findings = (markdown: string, template: TemplateSpec | string = 'tdd') =>
  runRule('front-matter', markdown, { template }).findings;
const KNOWN = KNOWN_FRONT_MATTER_KEYS.join(', ');
const STATUSES = 'draft, in-review, approved, rejected, superseded, deprecated';
const requiringStatus: TemplateSpec = {
  ...getPreset('tdd'),
  frontMatter: { required: ['status', 'authors'] },
};

describe('front-matter', () => {
  describe('valid', () => {
    it.each([
      ['the tdd document', TDD_DOCUMENT],
      ['no front matter at all', '# T\n'],
      ['an empty front matter block', '---\n---\n\n# T\n'],
      [
        'every known key with a valid value',
        '---\ntitle: Ledger\nstatus: In Review\nauthors: [Sam, Kim]\nreviewers: Lee, Ana\ncreated: 2026-01-05\nupdated: 2026-02-28\ntags:\n  - payments\nsupersedes: [adr-0001.md]\nsuperseded-by: 7\n---\n\n# T\n',
      ],
      ['an unclosed block, which is not front matter', '---\ntitle: X\n'],
    ])('%s', (_name, markdown) => {
      expect(findings(markdown)).toEqual([]);
    });

    it('accepts the extra keys a template declares (adr: date, decision-makers)', () => {
      expect(
        findings('---\ndate: 2026-01-05\ndecision-makers: [Sam]\n---\n\n# T\n', 'adr'),
      ).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports bad values at the value', () => {
      const markdown =
        '---\ntitle: X\nstatus: finished\nauthors: 3\ncreated: 2026-02-30\nupdated: 05/01/2026\ntitle2:\n---\n\n# X\n';
      expect(findings(markdown)).toEqual([
        {
          message: `Invalid front matter “status”: “finished”, expected one of ${STATUSES}`,
          line: 3,
          column: 9,
          severity: 'error',
        },
        {
          message: 'Invalid front matter “authors”: “3”, expected a list of strings',
          line: 4,
          column: 10,
          severity: 'error',
        },
        {
          message:
            'Invalid front matter “created”: “2026-02-30”, expected a date written YYYY-MM-DD',
          line: 5,
          column: 10,
          severity: 'error',
        },
        {
          message:
            'Invalid front matter “updated”: “05/01/2026”, expected a date written YYYY-MM-DD',
          line: 6,
          column: 10,
          severity: 'error',
        },
        {
          message: `Unknown front matter key “title2”, expected one of ${KNOWN}`,
          line: 7,
          column: 1,
          severity: 'warning',
        },
      ]);
    });

    it('describes empty, list and mapping values', () => {
      const markdown = '---\ntitle:\nstatus: [draft]\nsuperseded-by: {id: 2}\n---\n\n# X\n';
      expect(findings(markdown)).toEqual([
        {
          message: 'Invalid front matter “title”: empty, expected a non-empty string',
          line: 2,
          column: 7,
          severity: 'error',
        },
        {
          message: `Invalid front matter “status”: a list, expected one of ${STATUSES}`,
          line: 3,
          column: 9,
          severity: 'error',
        },
        {
          message: 'Invalid front matter “superseded-by”: a mapping, expected a non-empty string',
          line: 4,
          column: 16,
          severity: 'error',
        },
      ]);
    });

    it('warns about unknown keys with only a warning', () => {
      expect(findings('---\nowner: sam\n---\n\n# X\n')).toEqual([
        {
          message: `Unknown front matter key “owner”, expected one of ${KNOWN}`,
          line: 2,
          column: 1,
          severity: 'warning',
        },
      ]);
    });

    it('reports YAML syntax errors', () => {
      expect(findings('---\ntitle: X\ntitle: Y\n---\n\n# X\n')).toEqual([
        {
          message: 'Front matter is not valid YAML: Map keys must be unique',
          line: 3,
          column: 1,
          severity: 'error',
        },
      ]);
    });

    it('reports front matter that is valid YAML but not a mapping, without calling it invalid YAML', () => {
      expect(findings('---\n- a\n- b\n---\n\n# X\n')).toEqual([
        {
          message: 'Front matter must be a YAML mapping of keys to values',
          line: 1,
          column: 1,
          severity: 'error',
        },
      ]);
    });

    it('reports keys the template requires, at the block or at the top of a file without one', () => {
      expect(findings('---\ntitle: X\n---\n\n# X\n', requiringStatus)).toEqual([
        {
          message: 'Missing front matter key “status” (required by template tdd)',
          line: 1,
          column: 1,
          severity: 'error',
        },
        {
          message: 'Missing front matter key “authors” (required by template tdd)',
          line: 1,
          column: 1,
          severity: 'error',
        },
      ]);
      expect(findings('# X\n', requiringStatus)).toEqual([
        {
          message: 'Missing front matter key “status” (required by template tdd)',
          line: 1,
          column: 1,
          severity: 'error',
        },
        {
          message: 'Missing front matter key “authors” (required by template tdd)',
          line: 1,
          column: 1,
          severity: 'error',
        },
      ]);
    });
  });
});
