import { PRESETS, type SectionSpec, type TemplateSpec } from '@designdoc/core';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { TDD_TEMPLATE_FILE } from '../../test/paths.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();

/** A spec's section tree with what each section holds, without the hand-written descriptions. */
function shapeOf(sections: readonly SectionSpec[]): unknown[] {
  return sections.map(({ id, title, level, content, sections: children }) => ({
    id,
    title,
    level,
    content: JSON.parse(JSON.stringify(content ?? []).replace(/,"description":"[^"]*"/g, '')),
    sections: shapeOf(children ?? []),
  }));
}

describe('designdoc template infer on the shared tdd template', () => {
  it('yields the tdd sections, tables, fields and statuses', async () => {
    const out = await runCli(['template', 'infer', TDD_TEMPLATE_FILE], { cwd: tempDir().path });
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^# Inferred by designdoc from technical-design-document\.md/);
    const spec = parseYaml(out.stdout) as TemplateSpec;
    expect(spec).toMatchObject({
      name: 'technical-design-document',
      title: 'Technical Design Document',
    });
    expect(shapeOf(spec.sections)).toEqual(shapeOf(PRESETS.tdd?.sections ?? []));
    const byId = new Map(spec.sections.map((s) => [s.id, s]));
    expect(byId.get('key-design-decisions')?.content).toEqual([
      { kind: 'table', columns: ['Decision', 'Rationale', 'Trade-offs'] },
    ]);
    expect(byId.get('open-questions')?.content).toEqual([
      { kind: 'questions', statuses: ['Open', 'In Progress', 'Resolved'] },
    ]);
  });
});
