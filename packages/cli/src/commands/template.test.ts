import { PRESETS, type TemplateSpec } from '@designdoc/core';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { expectFault } from '../../test/expect-output.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();

/** A small blank template, as a team would write one. */
const BLANK_TEMPLATE = [
  '# Service Design',
  '',
  '## Overview',
  '[What is being built and why]',
  '',
  '## Security',
  '- **Authentication**: [mechanism]',
  '',
].join('\n');

interface SectionShape {
  id: string;
  title: string;
  level: number;
  content?: unknown;
  sections?: SectionShape[];
}

/** A spec's section tree with what each section holds, without the hand-written descriptions. */
function shapeOf(sections: readonly SectionShape[]): SectionShape[] {
  return sections.map(({ id, title, level, content, sections: children }) => ({
    id,
    title,
    level,
    content: JSON.parse(JSON.stringify(content ?? []).replace(/,"description":"[^"]*"/g, '')),
    sections: shapeOf(children ?? []),
  }));
}

describe('designdoc template', () => {
  it('list names each built-in template with its title', async () => {
    const out = await runCli(['template', 'list'], { cwd: tempDir().path });
    expect(out.code).toBe(0);
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines.map((line) => line.split(/\s+/)[0])).toEqual(Object.keys(PRESETS));
    expect(lines[0]).toMatch(/^tdd +Technical Design Document — ./);
  });

  it('show prints a preset as YAML that reads back as the same spec', async () => {
    const out = await runCli(['template', 'show', 'adr'], { cwd: tempDir().path });
    expect(out.code).toBe(0);
    const spec = parseYaml(out.stdout) as TemplateSpec;
    expect(spec.name).toBe('adr');
    expect(shapeOf(spec.sections)).toEqual(shapeOf(PRESETS.adr?.sections ?? []));
  });

  it('show reads a spec file, and exits 2 for an unknown name', async () => {
    const dir = tempDir({
      'tiny.yaml': 'name: tiny\ntitle: Tiny\nsections:\n  - id: a\n    title: A\n    level: 2\n',
    });
    const out = await runCli(['template', 'show', 'tiny.yaml'], { cwd: dir.path });
    expect(parseYaml(out.stdout)).toMatchObject({
      name: 'tiny',
      sections: [{ id: 'a', title: 'A', level: 2 }],
    });
    expect(expectFault(await runCli(['template', 'show', 'nope'], { cwd: dir.path }))).toContain(
      'Unknown template “nope”',
    );
  });

  it('show suggests the preset a typo was meant to be', async () => {
    const dir = tempDir();
    expect(expectFault(await runCli(['template', 'show', 'tdd2'], { cwd: dir.path }))).toBe(
      `designdoc: Unknown template “tdd2”: not a preset (tdd, adr, rfc) and no file at ${dir.file('tdd2')}; did you mean “tdd”?`,
    );
  });

  it('infer -o writes a spec that lint can use with --template', async () => {
    const dir = tempDir({
      'blank.md': BLANK_TEMPLATE,
      'doc.md':
        '# Payments\n\n## Overview\n\nIt pays.\n\n## Safety\n\n- **Authentication**: tokens\n',
    });
    const out = await runCli(
      ['template', 'infer', 'blank.md', '--name', 'ours', '-o', 'ours.yaml'],
      {
        cwd: dir.path,
      },
    );
    expect(out).toEqual({ code: 0, stdout: '', stderr: 'Wrote ours.yaml (2 sections)\n' });
    const lint = await runCli(['lint', '--template', 'ours.yaml', 'doc.md'], { cwd: dir.path });
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain('Missing section “Security” (required by template ours)');
  });

  it('infer -o exits 2 when it cannot write the spec', async () => {
    const dir = tempDir({ 'blank.md': BLANK_TEMPLATE });
    const line = expectFault(
      await runCli(['template', 'infer', 'blank.md', '-o', 'no/such/dir/ours.yaml'], {
        cwd: dir.path,
      }),
    );
    expect(line).toMatch(/^designdoc: Cannot write no\/such\/dir\/ours\.yaml: ENOENT/);
  });

  it('infer exits 2 for a file with no headings, naming it', async () => {
    const dir = tempDir({ 'flat.md': 'Just a paragraph.\n\n- and a list\n' });
    const line = expectFault(await runCli(['template', 'infer', 'flat.md'], { cwd: dir.path }));
    expect(line).toBe(
      'designdoc: flat.md: no headings found, so no sections to infer a template from',
    );
  });

  it('infer exits 2 for a missing or binary file, and for a bad --name', async () => {
    const dir = tempDir({ 'bin.md': new Uint8Array([0x23, 0]), 'ok.md': '# T\n\n## A\n' });
    expect(expectFault(await runCli(['template', 'infer', 'gone.md'], { cwd: dir.path }))).toBe(
      'designdoc: Cannot read gone.md: file not found',
    );
    expect(expectFault(await runCli(['template', 'infer', 'bin.md'], { cwd: dir.path }))).toContain(
      'bin.md: Binary file',
    );
    expect(
      expectFault(
        await runCli(['template', 'infer', 'ok.md', '--name', 'Bad Name'], { cwd: dir.path }),
      ),
    ).toContain('Invalid --name “Bad Name”');
  });
});
