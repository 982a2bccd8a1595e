import { expect } from 'vitest';
import { DesignDocError } from '../src/errors.js';
import type { RuleSettings } from '../src/lint/config.js';
import type { Severity } from '../src/lint/diagnostic.js';
import { formatMessage, type MessageData } from '../src/lint/format-message.js';
import { fix, lint } from '../src/lint/lint.js';
import type { CheckInputs, LinkResolver, PathResolver, Rule } from '../src/lint/rule.js';
import { RULES } from '../src/rules/index.js';
import { getPreset } from '../src/template/presets/index.js';
import type { TemplateSpec } from '../src/template/spec.js';

/** One diagnostic as a rule test asserts it: what it says and where it starts. */
export interface Finding {
  message: string;
  line: number;
  column: number;
  severity: Severity;
}

export interface RunRuleOptions {
  /** A template spec or a preset name; `tdd` when left out. */
  template?: TemplateSpec | string;
  /** The rule's options (merged over its defaults by the engine). */
  options?: Record<string, unknown>;
  resolveLink?: LinkResolver;
  resolvePath?: PathResolver;
  /** For a check's rule: what the document is compared with (the rule runs in its check's run). */
  checks?: CheckInputs;
  /** Report disable comments that switched nothing off (as `disable-comment` findings). */
  reportUnusedDisableDirectives?: 'off' | 'warn' | 'error';
}

export interface RuleRun {
  findings: Finding[];
  /** The `messageId` of each finding, in the same order. */
  messageIds: string[];
  /** The source after every fix of this rule (equal to the input when nothing is fixable). */
  fixOutput: string;
}

/** The registered rule with this id (throws `unknown-rule` naming the ids there are). */
export function ruleById(ruleId: string): Rule<never> {
  const rule = RULES.find((r) => r.meta.id === ruleId);
  if (!rule) {
    throw new DesignDocError(
      'unknown-rule',
      `Unknown rule “${ruleId}”, expected one of ${RULES.map((r) => r.meta.id).join(', ')}`,
    );
  }
  return rule;
}

/**
 * Lint a Markdown document with one rule switched on, at its default severity, and every other
 * rule off, as ESLint's RuleTester does: what comes back is exactly what that rule reports, and
 * what its fixes make of the document.
 */
export function runRule(ruleId: string, markdown: string, options: RunRuleOptions = {}): RuleRun {
  const rule = ruleById(ruleId);
  const level = rule.meta.defaultSeverity === 'warning' ? 'warn' : 'error';
  const rules: RuleSettings = Object.fromEntries(RULES.map((r) => [r.meta.id, 'off' as const]));
  rules[ruleId] = options.options ? [level, options.options] : level;
  const template =
    typeof options.template === 'object' ? options.template : getPreset(options.template ?? 'tdd');
  const lintOptions = {
    template,
    rules,
    ...(options.resolveLink ? { resolveLink: options.resolveLink } : {}),
    ...(options.resolvePath ? { resolvePath: options.resolvePath } : {}),
    ...(rule.meta.check ? { check: rule.meta.check, checks: options.checks ?? {} } : {}),
    ...(options.reportUnusedDisableDirectives
      ? { reportUnusedDisableDirectives: options.reportUnusedDisableDirectives }
      : {}),
  };
  const { diagnostics } = lint(markdown, lintOptions);
  return {
    findings: diagnostics.map((d) => ({
      message: d.message,
      line: d.place.start.line,
      column: d.place.start.column,
      severity: d.severity,
    })),
    messageIds: diagnostics.map((d) => d.messageId ?? ''),
    fixOutput: fix(markdown, lintOptions).output,
  };
}

/**
 * A finding as a test expects it, as ESLint's RuleTester takes `errors`: by `messageId` (with
 * the `data` that fills its placeholders) or by its words, and, when given, where it starts and
 * how severe it is. Keys left out are not compared.
 */
export interface ExpectedFinding {
  messageId?: string;
  data?: MessageData;
  message?: string;
  line?: number;
  column?: number;
  severity?: Severity;
}

/**
 * Run a rule (as `runRule`) and assert its findings, one expectation each, in order. A
 * `messageId` must be one the rule declares; with `data`, the finding's words must be that
 * message filled in, so a test written by id still proves what the user reads.
 */
export function expectFindings(
  ruleId: string,
  markdown: string,
  expected: readonly ExpectedFinding[],
  options: RunRuleOptions = {},
): void {
  const messages: Record<string, string> = ruleById(ruleId).meta.messages;
  const wanted = expected.map(({ data, ...rest }) => {
    if (rest.messageId !== undefined && !(rest.messageId in messages))
      throw new Error(
        `Rule “${ruleId}” has no message “${rest.messageId}”, only ${Object.keys(messages).join(', ')}`,
      );
    if (data === undefined) return rest;
    if (rest.messageId === undefined) throw new Error('`data` needs a `messageId` to fill');
    return { ...rest, message: formatMessage(messages[rest.messageId] as string, data) };
  });
  const run = runRule(ruleId, markdown, options);
  const actual = run.findings.map((finding, i) => {
    const want = wanted[i] ?? {};
    const seen: ExpectedFinding = {};
    if (want.messageId !== undefined) seen.messageId = run.messageIds[i];
    if (want.message !== undefined) seen.message = finding.message;
    if (want.line !== undefined) seen.line = finding.line;
    if (want.column !== undefined) seen.column = finding.column;
    if (want.severity !== undefined) seen.severity = finding.severity;
    return i < wanted.length ? seen : finding;
  });
  expect(actual).toEqual(wanted);
}

/** The 1-based line of the first line of `markdown` that contains `text` (throws when none does). */
export function lineOf(markdown: string, text: string): number {
  const index = markdown.split('\n').findIndex((line) => line.includes(text));
  if (index === -1) throw new Error(`No line contains “${text}”`);
  return index + 1;
}
