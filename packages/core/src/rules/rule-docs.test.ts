import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  claimedSeverity,
  parseRulePage,
  RULE_DOC_TEMPLATE,
  RULE_DOCS_DIR,
  RULE_PAGES,
  readRulePage,
  ruleExamples,
  rulePageSettings,
} from '../../test/rule-doc-pages.js';
import { ruleById, runRule } from '../../test/rule-tester.js';
import { lint } from '../lint/lint.js';
import { RULES } from './index.js';

// The rule pages check themselves, as ESLint's and markdownlint's do: each follows the outline
// of docs/rules/rule-doc.template.yaml, says what its rule's metadata says, and its examples
// do what they claim when run through the rule.

const ids = RULES.map((rule) => rule.meta.id);

const where = (d: { place: { start: { line: number; column: number } } }) =>
  `${d.place.start.line}:${d.place.start.column}`;

describe('rule pages follow the rule-doc template', () => {
  it.each(RULE_PAGES)('%s', (page) => {
    const { diagnostics } = lint(readRulePage(page), {
      template: RULE_DOC_TEMPLATE,
      rules: rulePageSettings(page),
      resolveLink: (target) => existsSync(`${RULE_DOCS_DIR}${target}`),
    });
    expect(diagnostics.map((d) => `${where(d)} ${d.message} (${d.ruleId})`)).toEqual([]);
  });

  it('finds a page that leaves a section out or adds one of its own', () => {
    const page = readRulePage('empty-section.md')
      .replace(/\n## Correct\n/, '\n## Right\n')
      .replace(/\n## Why\n/, '\n## Rationale\n');
    const { diagnostics } = lint(page, {
      template: RULE_DOC_TEMPLATE,
      rules: rulePageSettings('empty-section.md'),
    });
    expect(diagnostics.map((d) => d.message)).toEqual(
      expect.arrayContaining([
        'Missing section “Why” (required by template rule-doc)',
        'Missing section “Correct” (required by template rule-doc)',
      ]),
    );
    expect(diagnostics.filter((d) => d.ruleId === 'unknown-section')).toHaveLength(2);
  });
});

describe.each(ids)('docs/rules/%s.md', (id) => {
  const rule = ruleById(id);
  const source = readRulePage(`${id}.md`);
  const examples = ruleExamples(source);
  const fields = new Map(
    parseRulePage(source).model.preamble.fields.map((f) => [f.label, f.value.trim()]),
  );

  it('has an Incorrect and a Correct example', () => {
    expect(examples.filter((e) => e.kind === 'incorrect').length).toBeGreaterThan(0);
    expect(examples.filter((e) => e.kind === 'correct').length).toBeGreaterThan(0);
  });

  it('states the default severity, whether it is fixable and its options as the rule does', () => {
    expect(fields.get('Default severity')).toMatch(new RegExp(`^\`${rule.meta.defaultSeverity}\``));
    expect(fields.get('Fixable')).toMatch(rule.meta.fixable ? /^yes\b/ : /^no$/);
    const options = Object.keys(rule.meta.optionsSchema?.properties ?? {});
    expect(fields.get('Options')).toBe(
      options.length === 0 ? 'none' : options.map((o) => `\`${o}\``).join(', '),
    );
  });

  it.each(examples.map((e) => [`${e.kind} example at line ${e.line}`, e] as const))(
    '%s',
    (_name, example) => {
      if (example.leadTemplate) expect(example.template).toBe(example.leadTemplate);
      const run = runRule(id, example.markdown, example.run);
      if (example.kind === 'correct') expect(run.findings).toEqual([]);
      else {
        expect(run.findings.length).toBeGreaterThan(0);
        expect(example.reported, 'a `line:column  message` listing after it').toBeDefined();
      }
      if (example.reported)
        expect(run.findings).toEqual(
          example.reported.map((reported) => ({
            message: reported.message,
            line: reported.line,
            column: reported.column,
            severity: claimedSeverity(reported, rule.meta.defaultSeverity),
          })),
        );
    },
  );
});

describe('the rules index (docs/rules/README.md)', () => {
  const rows = new Map(
    readRulePage('README.md')
      .split('\n')
      .flatMap((line) => {
        const cells = /^\| \[([a-z-]+)\]\(\1\.md\) \|(.*)\|$/.exec(line);
        return cells ? [[cells[1] as string, (cells[2] as string).split(' | ')]] : [];
      })
      .map(([id, cells]) => [id as string, (cells as string[]).map((c) => c.trim())]),
  );

  it('lists every rule once, in order', () => {
    expect([...rows.keys()]).toEqual(ids);
  });

  it.each(ids)('says what %s checks, its default, whether it fixes and its options', (id) => {
    const { meta } = ruleById(id);
    const options = Object.keys(meta.optionsSchema?.properties ?? {});
    expect(rows.get(id)).toEqual([
      meta.description,
      meta.defaultSeverity,
      meta.fixable ? 'yes' : 'no',
      options.length === 0 ? '—' : options.map((o) => `\`${o}\``).join(', '),
    ]);
  });
});
