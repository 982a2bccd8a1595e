import { DesignDocError } from '../errors.js';
import type { RuleSettings } from '../lint/config.js';
import type { Severity } from '../lint/diagnostic.js';
import { fix, lint } from '../lint/lint.js';
import type { LinkResolver } from '../lint/rule.js';
import { getPreset } from '../template/presets/index.js';
import type { TemplateSpec } from '../template/spec.js';
import { RULES } from './index.js';

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
}

export interface RuleRun {
  findings: Finding[];
  /** The source after every fix of this rule (equal to the input when nothing is fixable). */
  fixOutput: string;
}

/**
 * Lint a Markdown document with one rule switched on, at its default severity, and every other
 * rule off, as ESLint's RuleTester does: what comes back is exactly what that rule reports, and
 * what its fixes make of the document.
 */
export function runRule(ruleId: string, markdown: string, options: RunRuleOptions = {}): RuleRun {
  const rule = RULES.find((r) => r.meta.id === ruleId);
  if (!rule) {
    throw new DesignDocError(
      'unknown-rule',
      `Unknown rule “${ruleId}”, expected one of ${RULES.map((r) => r.meta.id).join(', ')}`,
    );
  }
  const level = rule.meta.defaultSeverity === 'warning' ? 'warn' : 'error';
  const rules: RuleSettings = Object.fromEntries(RULES.map((r) => [r.meta.id, 'off' as const]));
  rules[ruleId] = options.options ? [level, options.options] : level;
  const template =
    typeof options.template === 'object' ? options.template : getPreset(options.template ?? 'tdd');
  const lintOptions = {
    template,
    rules,
    ...(options.resolveLink ? { resolveLink: options.resolveLink } : {}),
  };
  const findings = lint(markdown, lintOptions).diagnostics.map((d) => ({
    message: d.message,
    line: d.place.start.line,
    column: d.place.start.column,
    severity: d.severity,
  }));
  return { findings, fixOutput: fix(markdown, lintOptions).output };
}

/** The 1-based line of the first line of `markdown` that contains `text` (throws when none does). */
export function lineOf(markdown: string, text: string): number {
  const index = markdown.split('\n').findIndex((line) => line.includes(text));
  if (index === -1) throw new Error(`No line contains “${text}”`);
  return index + 1;
}
