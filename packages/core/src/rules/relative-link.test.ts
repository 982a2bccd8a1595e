import { describe, expect, it } from 'vitest';
import { runRule } from '../../test/rule-tester.js';
import { TDD_DOCUMENT } from '../../test/tdd-document.js';

/** A host that knows which files exist and records what it was asked. */
function host(existing: string[]) {
  const asked: string[] = [];
  const resolveLink = (target: string) => {
    asked.push(target);
    return existing.includes(target);
  };
  return { asked, resolveLink };
}

const findings = (markdown: string, existing: string[] = []) =>
  runRule('relative-link', markdown, { resolveLink: host(existing).resolveLink }).findings;
const missing = (file: string, line: number, column: number) => ({
  message: `Link to missing file “${file}”`,
  line,
  column,
  severity: 'error',
});

describe('relative-link', () => {
  describe('valid', () => {
    it.each([
      ['the tdd document', TDD_DOCUMENT],
      [
        'external URLs, anchors and mail links',
        '# T\n\n[a](https://x.io/missing.md) [b](#missing) [c](mailto:a@b.c) [d](//cdn.io/x.js)\n',
      ],
      ['links in code', '# T\n\n`[a](missing.md)`\n\n```\n[b](missing.md)\n```\n'],
      [
        'a GFM footnote definition, which is no link reference definition',
        '# T\n\nSee [the ADR][adr].[^1]\n\n[^1]: As described in the ADR.\n\n[adr]: https://x.io/adr\n',
      ],
      [
        'a line that looks like a definition inside a paragraph',
        '# T\n\nA paragraph\n[x]: missing.md trailing words\n\n[adr]: https://x.io/adr\n',
      ],
      [
        'a definition whose label was defined before (GitHub uses the first)',
        '# T\n\n[adr]: https://x.io/adr\n[adr]: missing.md\n',
      ],
    ])('%s', (_name, markdown) => {
      expect(findings(markdown)).toEqual([]);
    });

    it('accepts links to files the host has, without fragment or query', () => {
      const { asked, resolveLink } = host(['adr/0001.md', 'img/context diagram.png']);
      const markdown =
        '# T\n\n[ADR](adr/0001.md#decision) [again](adr/0001.md?plain=1)\n\n![diagram](img/context%20diagram.png)\n';
      expect(runRule('relative-link', markdown, { resolveLink }).findings).toEqual([]);
      expect(asked).toContain('adr/0001.md');
      expect(asked).toContain('img/context diagram.png');
    });

    it('says nothing when the host cannot tell (no resolver, or an unknown answer)', () => {
      expect(runRule('relative-link', '# T\n\n[a](missing.md)\n').findings).toEqual([]);
      expect(
        runRule('relative-link', '# T\n\n[a](missing.md)\n', { resolveLink: () => undefined })
          .findings,
      ).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports a link to a missing file, at the link target', () => {
      expect(findings('# T\n\nSee [the ADR](./adr/0002.md) and [x](missing.md#part).\n')).toEqual([
        missing('./adr/0002.md', 3, 15),
        missing('missing.md', 3, 38),
      ]);
    });

    it('reports images, reference definitions, HTML links and angle-bracket targets, decoded', () => {
      const markdown =
        '# T\n\n![img](img/missing%20file.png) and [the spec][ref]\n\n[ref]: ./missing-ref.md\n\n<a href="missing.html">x</a>\n\n[j](<missing dir/file.md>) [k](missing.md "title")\n';
      expect(findings(markdown)).toEqual([
        missing('img/missing file.png', 3, 8),
        missing('./missing-ref.md', 5, 8),
        missing('missing.html', 7, 10),
        missing('missing dir/file.md', 9, 5),
        missing('missing.md', 9, 32),
      ]);
    });

    it('reads destinations with balanced parentheses and backslash escapes whole', () => {
      expect(
        findings('# T\n\n[a](docs/set_(maths).md) [b](docs/a\\(b\\).md) [c](x&amp;y.md)\n'),
      ).toEqual([
        missing('docs/set_(maths).md', 3, 5),
        missing('docs/a(b).md', 3, 30),
        missing('x&y.md', 3, 50),
      ]);
    });

    it('checks reference definitions with a code label, in quotes and lists, that a link uses', () => {
      const markdown =
        '# T\n\nSee [`fix`], [quoted] and [listed][].\n\n[`fix`]: ./fix.md\n\n> [quoted]: ./quoted.md\n\n- [listed]: ./listed.md\n\n[unused]: ./unused.md\n';
      expect(findings(markdown)).toEqual([
        missing('./fix.md', 5, 10),
        missing('./quoted.md', 7, 13),
        missing('./listed.md', 9, 13),
      ]);
    });

    it('leaves out a link its sentence marks as planned, and only that one', () => {
      const markdown =
        '# T\n\nThe [runbook](./runbook.md) is planned. See [alerts](./alerts.md).\n\n- Planned: [dashboards](./dashboards.md)\n\n[spec](./spec.md) (planned)\n';
      expect(findings(markdown)).toEqual([missing('./alerts.md', 3, 54)]);
    });

    it('keeps a target that cannot be percent-decoded as written', () => {
      expect(findings('# T\n\n[a](bad%E0.md) [b](./notes(1).md)\n')).toEqual([
        missing('bad%E0.md', 3, 5),
        missing('./notes(1).md', 3, 20),
      ]);
    });
  });
});
