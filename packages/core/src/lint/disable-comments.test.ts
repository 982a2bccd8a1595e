import { describe, expect, it } from 'vitest';
import { TDD_DOCUMENT } from '../../test/tdd-document.js';
import { getPreset } from '../template/presets/index.js';
import { type LintOptions, lint } from './lint.js';

const template = getPreset('tdd');
const PLACEHOLDER_LINE = 'A double-entry ledger for card payments.';
/** The clean document with one line replaced by `text`. */
const withLine = (text: string) => TDD_DOCUMENT.replace(PLACEHOLDER_LINE, text);
const lineOf = (markdown: string, text: string) =>
  markdown.split('\n').findIndex((line) => line.includes(text)) + 1;

function findings(markdown: string, options: Partial<LintOptions> = {}) {
  return lint(markdown, { template, ...options }).diagnostics.map((d) => ({
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    line: d.place.start.line,
    column: d.place.start.column,
  }));
}

describe('inline disable comments', () => {
  it('switch a finding off on the next line, on their own line, or until enabled', () => {
    expect(findings(withLine('A ledger, [TODO].'))).toMatchObject([
      { ruleId: 'unfilled-placeholder' },
    ]);
    for (const markdown of [
      withLine('<!-- designdoc-disable-next-line unfilled-placeholder -->\nA ledger, [TODO].'),
      withLine('A ledger, [TODO]. <!-- designdoc-disable-line unfilled-placeholder -->'),
      withLine('<!-- designdoc-disable -->\nA ledger, [TODO].\n<!-- designdoc-enable -->'),
      withLine('A ledger, [TODO]. <!-- designdoc-disable-line unfilled-placeholder -- later -->'),
    ])
      expect(findings(markdown)).toEqual([]);
  });

  it('are text, not comments, inside inline code (as docs about them write them)', () => {
    const markdown = withLine(
      'Write `<!-- designdoc-disable-line unfilled-placeholder -->` after it: [TODO].',
    );
    expect(findings(markdown)).toMatchObject([{ ruleId: 'unfilled-placeholder' }]);
    expect(
      findings(withLine('Write `<!-- designdoc-disable-line no-secret -->` after it.')),
    ).toEqual([]);
  });

  it('do not switch off a finding after the rule is enabled again', () => {
    const markdown = withLine(
      '<!-- designdoc-disable unfilled-placeholder -->\n<!-- designdoc-enable unfilled-placeholder -->\nA ledger, [TODO].',
    );
    expect(findings(markdown)).toMatchObject([{ ruleId: 'unfilled-placeholder' }]);
  });
});

describe('reportUnusedDisableDirectives', () => {
  const unusedNextLine = withLine(
    '<!-- designdoc-disable-next-line unfilled-placeholder -->\nA ledger.',
  );

  it('is off by default', () => {
    expect(findings(unusedNextLine)).toEqual([]);
    expect(findings(unusedNextLine, { reportUnusedDisableDirectives: 'off' })).toEqual([]);
  });

  it('reports a comment that switched nothing off, at the comment, at the severity asked for', () => {
    const line = lineOf(unusedNextLine, 'designdoc-disable');
    const expected = {
      ruleId: 'disable-comment',
      message:
        'Unused designdoc-disable-next-line comment (no problems were reported from “unfilled-placeholder”)',
      line,
      column: 1,
    };
    expect(findings(unusedNextLine, { reportUnusedDisableDirectives: 'warn' })).toEqual([
      { ...expected, severity: 'warning' },
    ]);
    const result = lint(unusedNextLine, { template, reportUnusedDisableDirectives: 'error' });
    expect(result.diagnostics).toMatchObject([
      { ruleId: 'disable-comment', severity: 'error', message: expected.message },
    ]);
    expect(result.errorCount).toBe(1);
    expect(result.diagnostics[0]?.url).toMatch(/\/disable-comment\.md$/);
  });

  it('says so for a comment that names no rule', () => {
    const markdown = withLine('<!-- designdoc-disable -->\nA ledger.\n<!-- designdoc-enable -->');
    expect(findings(markdown, { reportUnusedDisableDirectives: 'warn' })).toEqual([
      {
        ruleId: 'disable-comment',
        severity: 'warning',
        message: 'Unused designdoc-disable comment (no problems were reported)',
        line: lineOf(markdown, 'designdoc-disable'),
        column: 1,
      },
    ]);
  });

  it('reports only the rules a partly used comment names for nothing, at each id', () => {
    const markdown = withLine(
      'A ledger, [TODO]. <!-- designdoc-disable-line unfilled-placeholder, no-secrets -->',
    );
    expect(findings(markdown, { reportUnusedDisableDirectives: 'warn' })).toEqual([
      {
        ruleId: 'disable-comment',
        severity: 'warning',
        message:
          'Unused designdoc-disable-line comment (no problems were reported from “no-secrets”)',
        line: lineOf(markdown, 'TODO'),
        column: 69,
      },
    ]);
  });

  it('does not report a comment that switched something off', () => {
    const markdown = withLine(
      '<!-- designdoc-disable unfilled-placeholder -->\nA ledger, [TODO].\n<!-- designdoc-enable unfilled-placeholder -->',
    );
    expect(findings(markdown, { reportUnusedDisableDirectives: 'error' })).toEqual([]);
  });

  it('names every rule of a comment none of whose rules reported anything', () => {
    const markdown = withLine('A ledger. <!-- designdoc-disable-line no-secrets diagram -->');
    expect(findings(markdown, { reportUnusedDisableDirectives: 'warn' })).toMatchObject([
      {
        message:
          'Unused designdoc-disable-line comment (no problems were reported from “no-secrets” or “diagram”)',
        column: 11,
      },
    ]);
  });

  it('counts a rule that is off as reporting nothing', () => {
    const markdown = withLine(
      'A ledger, [TODO]. <!-- designdoc-disable-line unfilled-placeholder -->',
    );
    expect(
      findings(markdown, {
        reportUnusedDisableDirectives: 'warn',
        rules: { 'unfilled-placeholder': 'off' },
      }),
    ).toMatchObject([{ ruleId: 'disable-comment', message: expect.stringMatching(/^Unused/) }]);
  });

  it('leaves ids that name no rule to the unknown-rule finding, and enable comments alone', () => {
    const markdown = withLine(
      'A ledger. <!-- designdoc-disable-line unfiled-placeholder -->\n<!-- designdoc-enable diagram -->',
    );
    expect(findings(markdown, { reportUnusedDisableDirectives: 'warn' })).toEqual([
      {
        ruleId: 'disable-comment',
        severity: 'error',
        message:
          'Unknown rule “unfiled-placeholder” in designdoc-disable-line comment, did you mean “unfilled-placeholder”?',
        line: lineOf(markdown, 'unfiled'),
        column: 39,
      },
    ]);
  });
});
