import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { type TempDir, useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD } from '../../test/documents.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();

/** The clean document, with a paragraph naming paths after its Overview heading. */
const naming = (paragraph: string) =>
  CLEAN_TDD.replace('## Overview\n', `## Overview\n\n${paragraph}\n`);

/** The line the paragraph is on (just after `## Overview` and a blank line). */
const LINE = CLEAN_TDD.split('\n').indexOf('## Overview') + 3;

const PARAGRAPH = [
  'Sending lives in `services/mailer/src/send.ts` and retries in `services/mailer/src/retry.ts`.',
  'The build writes `dist/mailer.js`, hooks go in `.git/hooks/pre-commit` and a crate keeps',
  '`src/main.rs`. The ADR is `../adr/0002-queue.md`. Alerts will be in `deploy/alerts.yaml` (planned).',
].join(' ');

/** A repository (`git init`) with the document in docs/design/ and the files it may name. */
function repository(files: Record<string, string> = {}): TempDir {
  const dir = tempDir({
    'docs/design/doc.md': naming(PARAGRAPH),
    'docs/adr/0001-queue.md': '# Queue\n',
    'services/mailer/src/send.ts': 'export {};\n',
    '.gitignore': 'dist/\n',
    ...files,
  });
  execFileSync('git', ['init', '-q'], { cwd: dir.path });
  return dir;
}

/** `line:column message` of the referenced-path findings of one file, linted from `cwd`. */
async function pathFindings(cwd: string, file: string): Promise<string[]> {
  const out = await runCli(['lint', file, '--format', 'json'], { cwd });
  const [result] = JSON.parse(out.stdout) as {
    diagnostics: {
      ruleId: string;
      message: string;
      place: { start: { line: number; column: number } };
    }[];
  }[];
  return (result?.diagnostics ?? [])
    .filter((d) => d.ruleId === 'referenced-path')
    .map((d) => `${d.place.start.line}:${d.place.start.column} ${d.message}`);
}

const missing = (column: number, path: string) =>
  `${LINE}:${column} Missing path “${path}” (named as a path of this repository)`;

describe('paths a document names, resolved from its repository (designdoc lint)', () => {
  it('reports the missing ones from the git root, and leaves out what is not the repository’s', async () => {
    const dir = repository();
    const column = (span: string) => PARAGRAPH.indexOf(span) + 2;
    const expected = [
      missing(column('`services/mailer/src/retry.ts`'), 'services/mailer/src/retry.ts'),
      missing(column('`../adr/0002-queue.md`'), '../adr/0002-queue.md'),
    ];
    expect(await pathFindings(dir.path, 'docs/design/doc.md')).toEqual(expected);
    const out = await runCli(['lint', 'docs/design/doc.md'], { cwd: dir.path });
    expect(out.code).toBe(1);
    // The same from the document's folder: paths are the repository's, not the working folder's.
    expect(await pathFindings(dir.file('docs/design'), 'doc.md')).toEqual(expected);
  });

  it('finds nothing once the files exist, and finds a build output’s name only when not ignored', async () => {
    const dir = repository({
      'services/mailer/src/retry.ts': 'export {};\n',
      'docs/adr/0002-queue.md': '# Queue\n',
      'dist/other.js': '',
    });
    // dist/ is there, but .gitignore leaves it out: build output is no path of the repository.
    expect(await pathFindings(dir.path, 'docs/design/doc.md')).toEqual([]);
    dir.write('.gitignore', '');
    expect(await pathFindings(dir.path, 'docs/design/doc.md')).toEqual([
      missing(PARAGRAPH.indexOf('`dist/mailer.js`') + 2, 'dist/mailer.js'),
    ]);
  });

  it('checks paths under `roots` and reads the planned mark', async () => {
    const dir = repository({
      'services/mailer/src/retry.ts': 'export {};\n',
      'docs/adr/0002-queue.md': '# Queue\n',
      'designdoc.config.yaml': 'rules:\n  referenced-path: [error, {roots: [deploy]}]\n',
    });
    expect(await pathFindings(dir.path, 'docs/design/doc.md')).toEqual([]);
    dir.write('docs/design/doc.md', naming(PARAGRAPH.replace(' (planned)', '')));
    expect(await pathFindings(dir.path, 'docs/design/doc.md')).toEqual([
      missing(PARAGRAPH.indexOf('`deploy/alerts.yaml`') + 2, 'deploy/alerts.yaml'),
    ]);
  });

  it('resolves from the config file’s folder outside git, and checks nothing with neither', async () => {
    const files = {
      'docs/design/doc.md': naming(PARAGRAPH),
      'services/mailer/src/send.ts': 'export {};\n',
    };
    const bare = tempDir(files);
    expect(await pathFindings(bare.path, 'docs/design/doc.md')).toEqual([]);
    expect((await runCli(['lint', 'docs/design/doc.md'], { cwd: bare.path })).code).toBe(0);
    const configured = tempDir({ ...files, 'designdoc.config.yaml': 'template: tdd\n' });
    expect(await pathFindings(configured.path, 'docs/design/doc.md')).toEqual([
      missing(
        PARAGRAPH.indexOf('`services/mailer/src/retry.ts`') + 2,
        'services/mailer/src/retry.ts',
      ),
    ]);
  });
});
