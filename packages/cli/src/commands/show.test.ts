import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD, lineOf } from '../../test/documents.js';
import { expectFault } from '../../test/expect-output.js';
import { EXAMPLES_DIR } from '../../test/paths.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();

describe('designdoc show', () => {
  it('--json prints the typed model: front matter, sections and extracts', async () => {
    const dir = tempDir({ 'doc.md': CLEAN_TDD });
    const out = await runCli(['show', '--json', 'doc.md'], { cwd: dir.path });
    expect(out.code).toBe(0);
    const model = JSON.parse(out.stdout);
    expect(model).toMatchObject({
      template: 'tdd',
      title: 'Notification Service',
      status: 'draft',
    });
    expect(model.frontMatter.authors).toEqual(['Ada Byron']);
    expect(model.sections.map((s: { title: string }) => s.title)).toEqual([
      'Overview',
      'Goals and Non-Goals',
      'Context',
      'Context Diagram',
      'Architecture',
      'Key Design Decisions',
      'API Contracts',
      'Data Model',
      'Integration Points',
      'Security',
      'Scalability',
      'Monitoring and Observability',
      'Deployment',
      'Open Questions',
      'Future Considerations',
      'References',
    ]);
    expect(model.sections[1].sections.map((s: { id: string }) => s.id)).toEqual([
      'goals',
      'non-goals',
    ]);
    const x = model.extracts;
    expect(x.goals.map((g: { text: string }) => g.text)).toEqual([
      'Deliver every accepted message at least once within one minute.',
      'Let product teams add a message type without a deploy.',
    ]);
    expect(x.decisions[0]).toMatchObject({
      decision: 'Queue every message before sending',
      rationale: 'Callers never wait on a provider',
      tradeOffs: 'A message can be sent twice after a crash',
    });
    expect(x.endpoints).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/api/v1/messages',
        input: 'MessageCreate',
        output: 'Message',
        status: [202],
      }),
    ]);
    expect(x.entities.map((e: { name: string }) => e.name)).toEqual(['Message', 'Attempt']);
    expect(x.integrations[0]).toMatchObject({
      system: 'Mail provider',
      protocol: 'SMTP over TLS',
      failureMode: 'Fail over to the second provider',
    });
    expect(x.security.Authentication).toBe('Callers use mTLS service identities.');
    expect(x.openQuestions.map((q: { status: string }) => q.status)).toEqual([
      'Open',
      'In Progress',
      'Resolved',
    ]);
    expect(x.references[0]).toMatchObject({
      text: 'Provider comparison',
      url: 'https://example.com/providers',
    });
    expect(x.goals[0].place.start.line).toBe(lineOf(CLEAN_TDD, 'Deliver every accepted message'));
  });

  it('prints a readable outline: sections, what is missing or unknown, extract and lint counts', async () => {
    const doc = CLEAN_TDD.replace('## Security', '## Threats').replace(
      /\n- \*\*Authentication\*\*[\s\S]*?(?=\n## Scalability)/,
      '\nNone.\n',
    );
    const dir = tempDir({ 'doc.md': doc });
    const out = await runCli(['show', 'doc.md'], { cwd: dir.path });
    expect(out.code).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines[0]).toBe('Notification Service  (draft, template tdd)');
    expect(lines).toContain('Authors: Ada Byron');
    expect(lines).toContain('Updated: 2026-01-12');
    expect(lines).toContain('Sections:');
    expect(lines).toContain('  ✓ Overview');
    expect(lines).toContain('    ✓ Goals');
    expect(lines).toContain('  ? Threats (not in template)');
    expect(lines).toContain('  ✗ Security (missing)');
    expect(out.stdout).toContain(
      'Extracts: 2 goals, 1 non-goal, 2 decisions, 1 endpoint, 2 entities, 1 integration, 3 questions, 1 reference (2 unresolved)',
    );
    // Threats is the author's own section: the template is open, so it is no warning.
    expect(out.stdout).toMatch(/^Lint: [1-9]\d* errors?, 0 warnings$/m);
  });

  it('counts lint problems as designdoc lint does: config rules and relative links', async () => {
    const doc = `${CLEAN_TDD}\n## Random Thoughts\n\nSee [the spec](missing-spec.md).\n`;
    const dir = tempDir({
      'designdoc.config.yaml': 'rules:\n  unknown-section: off\n',
      'doc.md': doc,
    });
    const lint = await runCli(['lint', 'doc.md'], { cwd: dir.path });
    expect(lint.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
    expect(lint.stdout).toContain('Link to missing file “missing-spec.md”');
    const show = await runCli(['show', 'doc.md'], { cwd: dir.path });
    expect(show.stdout).toMatch(/^Lint: 1 error, 0 warnings$/m);
  });

  it('shows the examples with the template their config gives them', async () => {
    const out = await runCli(['show', 'adr-0001-use-postgresql.md'], { cwd: EXAMPLES_DIR });
    expect(out.stdout.split('\n')[0]).toBe(
      'Use PostgreSQL for the payments ledger  (approved, template adr)',
    );
    expect(out.stdout).toContain('Lint: 0 errors, 0 warnings');
  });

  it('exits 2 for a file it cannot read, naming it', async () => {
    const dir = tempDir({ 'bin.md': new Uint8Array([0x41, 0]) });
    const line = expectFault(await runCli(['show', 'bin.md'], { cwd: dir.path }));
    expect(line).toBe(
      'designdoc: bin.md: Binary file (NUL byte at offset 1), not a Markdown document',
    );
    expect(expectFault(await runCli(['show', 'gone.md'], { cwd: dir.path }))).toContain(
      '“gone.md”',
    );
  });
});
