import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  ADMIN_HEADERS,
  callAsAdmin,
  TEST_TOKEN,
  useServers,
} from '../../../../test/start-server.js';
import { type TempDir, useTempDirs } from '../../../../test/temp-dir.js';
import { runBin, runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();
const startServer = useServers();

/** A team's own template spec, kept in the repository. */
const SPEC = `name: service-brief
title: Service brief
sections:
  - id: summary
    title: Summary
    level: 2
    content:
      - kind: prose
  - id: open-questions
    title: Open Questions
    level: 2
    content:
      - kind: questions
        statuses: [Open, Resolved]
`;

const frontMatterTemplate = (text: string) => /^template: (.*)$/m.exec(text)?.[1];

/** `new` from the spec by path, then written as an author would, under the front matter it made. */
async function newBrief(dir: TempDir): Promise<string> {
  const created = await runCli(
    ['new', 'Cache Warmer', '-t', './templates/service-brief.yaml', '--dir', 'docs/briefs'],
    { cwd: dir.path },
  );
  expect(created).toEqual({
    code: 0,
    stdout: 'Created docs/briefs/cache-warmer.md from template service-brief\n',
    stderr: '',
  });
  const file = 'docs/briefs/cache-warmer.md';
  const frontMatter = /^---\n[\s\S]*?\n---\n/.exec(dir.read(file))?.[0];
  dir.write(
    file,
    `${frontMatter}\n# Cache Warmer\n\n## Summary\n\nWarms the cache before traffic arrives.\n\n## Open Questions\n\n- Do we warm on every deploy? - Status: Open\n`,
  );
  return file;
}

/** lint, questions and build all take the document with the template it names. */
/** Push one document to workspace eng, then list the workspace's documents as the server has them. */
async function pushAndList(
  dir: TempDir,
  file: string,
  url: string,
): Promise<{ path: string; template: string; errorCount: number }[]> {
  const env = { DESIGNDOC_SERVER: url, DESIGNDOC_TOKEN: TEST_TOKEN };
  expect(runBin(['push', file, '--workspace', 'eng'], { cwd: dir.path, env })).toEqual({
    code: 0,
    stdout: 'Pushed 1 document to eng: 1 created, 0 updated, 0 unchanged\n',
    stderr: '',
  });
  const response = await fetch(`${url}api/v1/documents?workspace=eng`, { headers: ADMIN_HEADERS });
  return (
    (await response.json()) as { items: { path: string; template: string; errorCount: number }[] }
  ).items;
}

async function expectEveryCommandResolves(dir: TempDir, file: string): Promise<void> {
  expect(await runCli(['lint', file], { cwd: dir.path })).toEqual({
    code: 0,
    stdout: '',
    stderr: '',
  });
  // With no paths too: its front matter marks it as a design document.
  expect((await runCli(['lint'], { cwd: dir.path })).code).toBe(0);
  const questions = await runCli(['questions', '--format', 'json', file], { cwd: dir.path });
  expect(questions.code).toBe(0);
  expect(JSON.parse(questions.stdout)).toMatchObject([
    { file, status: 'Open', question: 'Do we warm on every deploy?' },
  ]);
  const show = await runCli(['show', file], { cwd: dir.path });
  expect(show.stdout).toContain('template service-brief');
  const build = await runCli(['build', file, '--out', 'site'], { cwd: dir.path });
  expect(build.code).toBe(0);
  expect(build.stdout).toMatch(/^Built 1 document into site\//);
}

describe('a custom template named by path round-trips through new, lint, questions, build and push', () => {
  it('without a config: new writes the path relative to the document, which every local command resolves', async () => {
    const dir = tempDir({ 'templates/service-brief.yaml': SPEC });
    const file = await newBrief(dir);
    expect(frontMatterTemplate(dir.read(file))).toBe('../../templates/service-brief.yaml');
    await expectEveryCommandResolves(dir, file);
    // The server knows the workspace's templates by name: push sends the spec's name for the
    // path, and the server checks the document against the workspace's service-brief.
    const server = await startServer({ DESIGNDOC_DATA_DIR: dir.file('data') }, ['--no-demo']);
    await callAsAdmin(server.url, 'POST', '/api/v1/workspaces', { slug: 'eng', name: 'Eng' }, 201);
    const env = { DESIGNDOC_SERVER: server.url, DESIGNDOC_TOKEN: TEST_TOKEN };
    const missing = runBin(['push', file, '--workspace', 'eng'], { cwd: dir.path, env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('service-brief');
    await callAsAdmin(server.url, 'POST', '/api/v1/workspaces/eng/templates', parseYaml(SPEC), 201);
    expect(await pushAndList(dir, file, server.url)).toMatchObject([
      { path: file, template: 'service-brief', errorCount: 0 },
    ]);
  });

  it('with the spec in the config: new writes its name, which the config and the server resolve', async () => {
    const dir = tempDir({
      'templates/service-brief.yaml': SPEC,
      'designdoc.config.yaml':
        'overrides:\n  - files: docs/briefs/**\n    template: ./templates/service-brief.yaml\n',
    });
    const file = await newBrief(dir);
    expect(frontMatterTemplate(dir.read(file))).toBe('service-brief');
    await expectEveryCommandResolves(dir, file);
    const server = await startServer({ DESIGNDOC_DATA_DIR: dir.file('data') }, ['--no-demo']);
    await callAsAdmin(server.url, 'POST', '/api/v1/workspaces', { slug: 'eng', name: 'Eng' }, 201);
    await callAsAdmin(server.url, 'POST', '/api/v1/workspaces/eng/templates', parseYaml(SPEC), 201);
    expect(await pushAndList(dir, file, server.url)).toMatchObject([
      { path: file, template: 'service-brief' },
    ]);
  });

  it('resolves a front-matter name the config maps, as documents made before this fix say it', async () => {
    const dir = tempDir({
      'templates/service-brief.yaml': SPEC,
      'designdoc.config.yaml': 'template: ./templates/service-brief.yaml\n',
      'docs/old.md':
        '---\ntitle: Old\nstatus: draft\ntemplate: service-brief\n---\n\n# Old\n\n## Summary\n\nText.\n\n## Open Questions\n\n- Why? - Status: Resolved\n',
    });
    expect(await runCli(['lint', 'docs/old.md'], { cwd: dir.path })).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });
});
