import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { expectFault } from '../../test/expect-output.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();

describe('designdoc schema', () => {
  it.each([
    ['model', ['title', 'status', 'sections', 'extracts']],
    ['template', ['name', 'title', 'sections']],
    ['config', ['template', 'rules', 'extends', 'overrides', 'ignores']],
  ])('prints the %s JSON Schema (draft 2020-12)', async (name, properties) => {
    const out = await runCli(['schema', name], { cwd: tempDir().path });
    expect(out.code).toBe(0);
    const schema = JSON.parse(out.stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\/designdoc\.dev\/schemas\//);
    // The model schema is a `$ref` to one of its `$defs`, found by its `$id`.
    const root = schema.$ref
      ? Object.values(schema.$defs as Record<string, { $id: string }>).find(
          (d) => d.$id === schema.$ref,
        )
      : schema;
    expect(root).toMatchObject({ type: 'object' });
    for (const property of properties)
      expect((root as { properties: object }).properties).toHaveProperty(property);
  });

  it('exits 2 for an unknown schema, listing the known ones', async () => {
    const line = expectFault(await runCli(['schema', 'nope'], { cwd: tempDir().path }));
    expect(line).toBe('designdoc: Unknown schema “nope”, expected one of model, template, config');
  });

  it('suggests the schema a typo was meant to be', async () => {
    const line = expectFault(await runCli(['schema', 'modle'], { cwd: tempDir().path }));
    expect(line).toBe(
      'designdoc: Unknown schema “modle”, expected one of model, template, config; did you mean “model”?',
    );
  });
});
