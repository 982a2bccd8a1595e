import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD, TDD_WITH_ERROR, TDD_WITH_ERROR_AND_WARNING } from '../../test/documents.js';
import { expectFault } from '../../test/expect-output.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();

describe('designdoc lint --rule', () => {
  it('sets a rule’s severity for this run', async () => {
    const dir = tempDir({ 'doc.md': TDD_WITH_ERROR });
    const warned = await runCli(['lint', '--rule', 'unfilled-placeholder:warn', 'doc.md'], {
      cwd: dir.path,
    });
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain('warning  Unfilled placeholder “[TODO]”');
    expect(
      await runCli(['lint', '--rule', 'unfilled-placeholder: off', 'doc.md'], { cwd: dir.path }),
    ).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('takes 0, 1 and 2 as ESLint does, several flags, and several rules to a flag', async () => {
    const dir = tempDir({ 'doc.md': TDD_WITH_ERROR_AND_WARNING });
    expect(
      await runCli(
        ['lint', '--rule', 'unfilled-placeholder:0', '--rule', 'heading-level:0', 'doc.md'],
        {
          cwd: dir.path,
        },
      ),
    ).toEqual({ code: 0, stdout: '', stderr: '' });
    const both = await runCli(
      ['lint', '--rule', 'unfilled-placeholder:1,heading-level:2', 'doc.md'],
      { cwd: dir.path },
    );
    expect(both.code).toBe(1);
    expect(both.stdout).toContain('warning  Unfilled placeholder');
    expect(both.stdout).toMatch(/error +Section “Random Thoughts” is level 1/);
  });

  it('applies after the config and its overrides, keeping the rule’s configured options', async () => {
    const dir = tempDir({
      'designdoc.config.yaml': [
        'rules:',
        '  no-personal-data: [off, {allowDomains: [acme.com]}]',
        'overrides:',
        '  - files: "*.md"',
        '    rules:',
        '      no-personal-data: off',
      ].join('\n'),
      'doc.md': CLEAN_TDD.replace(
        '- SMS as a third channel.',
        '- SMS as a third channel; ask sam.roe@acme.com or jane.doe@checkout-corp.io.',
      ),
    });
    expect(await runCli(['lint', 'doc.md'], { cwd: dir.path })).toMatchObject({ code: 0 });
    const out = await runCli(['lint', '--rule', 'no-personal-data:error', 'doc.md'], {
      cwd: dir.path,
    });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('error  Email address “jane.doe@checkout-corp.io”');
    expect(out.stdout).not.toContain('sam.roe@acme.com');
  });

  it('exits 2 for an unknown rule, suggesting the closest', async () => {
    const dir = tempDir({ 'doc.md': CLEAN_TDD });
    const line = expectFault(
      await runCli(['lint', '--rule', 'unfiled-placeholder:warn', 'doc.md'], { cwd: dir.path }),
    );
    expect(line).toMatch(
      /^designdoc: Unknown rule “unfiled-placeholder” in --rule “unfiled-placeholder:warn”, expected one of anchor-link, .*; did you mean “unfilled-placeholder”\?$/,
    );
    const far = expectFault(await runCli(['lint', '--rule', 'bogus:warn'], { cwd: dir.path }));
    expect(far).not.toContain('did you mean');
  });

  it('exits 2 for an unknown severity or a value without one', async () => {
    const dir = tempDir({ 'doc.md': CLEAN_TDD });
    expect(
      expectFault(
        await runCli(['lint', '--rule', 'heading-level:erorr', 'doc.md'], { cwd: dir.path }),
      ),
    ).toBe(
      'designdoc: Invalid severity “erorr” in --rule “heading-level:erorr”, expected one of off, warn, error, 0, 1, 2; did you mean “error”?',
    );
    expect(
      expectFault(await runCli(['lint', '--rule', 'heading-level', 'doc.md'], { cwd: dir.path })),
    ).toBe(
      'designdoc: Invalid --rule “heading-level”, expected <rule-id>:<severity>, such as unfilled-placeholder:warn',
    );
  });
});
