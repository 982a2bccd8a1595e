import { describe, expect, it } from 'vitest';
import { expectFindings, lineOf, runRule } from '../../test/rule-tester.js';
import { TDD_DOCUMENT } from '../../test/tdd-document.js';

/** The files of a repository; the document under test is `docs/design.md`. */
const FILES = [
  'README.md',
  'docs/design.md',
  'docs/adr/0001-use-postgresql.md',
  'packages/server/src/app.ts',
  '.github/workflows/ci.yml',
];

/** `a/b/../c` → `a/c`; undefined when the path leaves the repository. */
function normalise(path: string): string | undefined {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

/**
 * A host over `FILES` that records what it was asked: paths from the root, `./` and `../` from
 * the document's folder; it cannot tell for a path outside the repository.
 */
function host(files: string[] = FILES) {
  const asked: string[] = [];
  return {
    asked,
    resolvePath: (path: string) => {
      asked.push(path);
      const inRepository = normalise(/^\.\.?\//.test(path) ? `docs/${path}` : path);
      if (inRepository === undefined) return undefined;
      return files.some((file) => file === inRepository || file.startsWith(`${inRepository}/`));
    },
  };
}

const run = (markdown: string, options?: Record<string, unknown>) =>
  runRule('referenced-path', markdown, {
    resolvePath: host().resolvePath,
    ...(options ? { options } : {}),
  });
const findings = (markdown: string, options?: Record<string, unknown>) =>
  run(markdown, options).findings.map((f) => f.message);
const missing = (path: string) => `Missing path “${path}” (named as a path of this repository)`;

describe('referenced-path', () => {
  describe('valid', () => {
    it.each([
      ['the tdd document', TDD_DOCUMENT],
      [
        'paths that exist, files and folders, with line suffixes',
        '# T\n\nSee `packages/server/src/app.ts`, `packages/server/`, `docs/adr`, `packages/server/src/app.ts:12:3` and `.github/workflows/ci.yml#L4-L9`.\n',
      ],
      [
        'slashes that are no path of this repository (first name not at its root)',
        '# T\n\n`io/fs`, `read/write`, `int/uint`, `src/main.rs`, `.cargo/config.toml`, `github.com/x/y`, `@designdoc/core`.\n',
      ],
      [
        'spans that are not path-shaped',
        '# T\n\n`/api/v1/docs`, `https://x.io/docs/a`, `docs/**/*.md`, `docs/rules/<rule-id>.md`, `docs/{a,b}.md`, `docs/a b.md`, `-I/usr/include`, `docs//x`, `docs`, `packages/../x`.\n',
      ],
      [
        'code blocks, HTML comments, front matter and double-backtick spans',
        '---\nsee: `docs/missing.md`\n---\n# T\n\n```\n`docs/missing.md`\n```\n\n<!-- `docs/missing.md` -->\n\n``docs/missing.md``\n',
      ],
      [
        'a code span that is a link’s whole text (its destination says where it is)',
        '# T\n\n[`docs/missing.md`](https://x.io/docs/missing.md) and [`docs/gone.md`][ref]\n\n[ref]: https://x.io\n',
      ],
      [
        'paths whose folder is missing too (an example layout, not a typo of one name)',
        '# T\n\nOne folder per category: `docs/decisions/smar/0005-secure-entities.md`, `packages/api/docs/adr/`.\n',
      ],
      [
        'names that stand for any name',
        '# T\n\nCopy it to `docs/0000-my-feature.md`, `docs/x.md`, `docs/foo/bar.md`, `packages/my-app/`, `docs/example.yaml`, `docs/NNNN-title.md`.\n',
      ],
      [
        'relative spans whose first name is not beside the document (another project’s)',
        '# T\n\n`./target/doc.parts/rand`, `../target/example.md`, `./x.py`, `../`, `../../shared/x.md`.\n',
      ],
    ])('%s', (_name, markdown) => {
      expect(findings(markdown)).toEqual([]);
    });

    it('says nothing without a path resolver, or when the host cannot tell', () => {
      const markdown = '# T\n\nSee `docs/missing.md`.\n';
      expect(runRule('referenced-path', markdown).findings).toEqual([]);
      expect(
        runRule('referenced-path', markdown, { resolvePath: () => undefined }).findings,
      ).toEqual([]);
    });

    it('asks for the first name, the folder, then the whole path, from the repository root', () => {
      const { asked, resolvePath } = host();
      runRule('referenced-path', '# T\n\n`packages/server/src/app.ts` and `io/fs`\n', {
        resolvePath,
      });
      expect([...new Set(asked)]).toEqual([
        'packages',
        'packages/server/src',
        'packages/server/src/app.ts',
        'io',
      ]);
    });
  });

  describe('invalid', () => {
    it('reports a missing path whose first name is at the root, at the span’s text', () => {
      const markdown =
        '# T\n\nAlerts live in `docs/alerts.yaml` and `packages/server/src/gone.ts:12`.\n';
      expectFindings(
        'referenced-path',
        markdown,
        [
          { messageId: 'missingPath', data: { path: 'docs/alerts.yaml' }, line: 3, column: 17 },
          {
            messageId: 'missingPath',
            data: { path: 'packages/server/src/gone.ts' },
            line: 3,
            column: 40,
          },
        ],
        host(),
      );
    });

    it('reports spans in headings, lists, tables and block quotes', () => {
      const markdown =
        '# T\n\n## `docs/a.md`\n\n- `docs/b.md`\n\n| file |\n| --- |\n| `docs/c.md` |\n\n> `docs/d/`\n';
      expect(findings(markdown)).toEqual(
        ['docs/a.md', 'docs/b.md', 'docs/c.md', 'docs/d/'].map(missing),
      );
    });

    it('reads `./` and `../` from the document’s folder, as a link', () => {
      expect(
        findings(
          '# T\n\n`./adr/0002.md`, `../packages/server.ts`, `./adr/0001-use-postgresql.md`\n',
        ),
      ).toEqual([missing('./adr/0002.md'), missing('../packages/server.ts')]);
    });

    it('checks paths under `roots` even while the folder does not exist', () => {
      const markdown =
        '# T\n\nRules in `deploy/alerts.yaml`; manifests in `deploy/`, `deploy/kubernetes/base/`; `io/fs`.\n';
      expect(findings(markdown)).toEqual([]);
      expect(findings(markdown, { roots: ['deploy/'] })).toEqual([
        missing('deploy/alerts.yaml'),
        missing('deploy/'),
        missing('deploy/kubernetes/base/'),
      ]);
    });

    it('leaves out paths that match `ignore`', () => {
      const markdown =
        '# T\n\n`docs/design/guide.md`, `docs/guide.md`, `packages/server/src/b.tsx`\n';
      expect(findings(markdown, { ignore: ['docs/design/**', 'packages/*/src/**/*.tsx'] })).toEqual(
        [missing('docs/guide.md')],
      );
    });

    it('reads `ignore` globs as written: `{a,b}`, a trailing `/**` for the folder too', () => {
      const markdown = '# T\n\n`docs/design`, `docs/rfcs/`, `docs/guide.md`\n';
      expect(findings(markdown, { ignore: ['docs/{design,rfcs}/**'] })).toEqual([
        missing('docs/guide.md'),
      ]);
    });
  });

  describe('the planned convention', () => {
    it.each([
      ['“(planned)” in the sentence', 'The alert rules (planned) go in `docs/alerts.yaml`.'],
      ['“is planned” after the span', 'A runbook, `docs/runbook.md`, is planned.'],
      ['any case', 'PLANNED: `docs/runbook.md`'],
      [
        'a paragraph that begins with “Planned:” marks every sentence',
        'Planned: alerting. Rules go in `docs/alerts.yaml`. Tests beside them.',
      ],
      ['after a bold label', '**Alerts.** Planned: rules. They go in `docs/alerts.yaml`.'],
      ['after a bold label and a colon', '- **Alerting**: Planned: rules in `docs/alerts.yaml`.'],
      ['in bold', '**Planned:** `docs/alerts.yaml` and `docs/runbook.md`.'],
      [
        'a sentence that runs over lines',
        'The rules will go in\n`docs/alerts.yaml`, which is\nplanned for the next release.',
      ],
      [
        'list items under an item that begins with “Planned:”',
        '- Planned: deployment files.\n  - `docs/alerts.yaml`\n  - `docs/kustomize/base.yaml`',
      ],
      ['a table cell', '| `docs/alerts.yaml` (planned) | alert rules |\n| --- | --- |'],
    ])('%s', (_name, body) => {
      expect(findings(`# T\n\n${body}\n`)).toEqual([]);
    });

    it.each([
      [
        '“planned” in another sentence',
        'Rules go in `docs/alerts.yaml`. More are planned.',
        'docs/alerts.yaml',
      ],
      [
        'another paragraph',
        'Planned: alerting.\n\nRules go in `docs/alerts.yaml`.',
        'docs/alerts.yaml',
      ],
      ['another table cell', '| `docs/alerts.yaml` | planned |\n| --- | --- |', 'docs/alerts.yaml'],
      ['a word that only contains it', 'Unplanned: `docs/alerts.yaml`', 'docs/alerts.yaml'],
      ['“planned” in code', 'See `docs/alerts.yaml` and `planned`.', 'docs/alerts.yaml'],
      [
        'a sibling item of one that begins with “Planned:”',
        '- Planned: alerting.\n- Rules in `docs/alerts.yaml`.',
        'docs/alerts.yaml',
      ],
    ])('is not %s', (_name, body, path) => {
      const markdown = `# T\n\n${body}\n`;
      expect(run(markdown).findings).toEqual([
        expect.objectContaining({ message: missing(path), line: lineOf(markdown, path) }),
      ]);
    });
  });
});
