import { type ParsedDocument, parseDocument } from '../model/parse.js';
import type { DesignDoc } from '../model/schema.js';
import { RULES } from '../rules/index.js';
import type { TemplateSpec } from '../template/spec.js';
import { applyFixes } from './apply-fixes.js';
import { type ResolvedRule, type RuleSettings, resolveRules } from './config.js';
import { compareDiagnostics, DEFAULT_DOCS_URL, type Diagnostic, ruleUrl } from './diagnostic.js';
import { DisableComments } from './disable-comments.js';
import type { LinkResolver, Rule } from './rule.js';

export interface LintOptions {
  template: TemplateSpec;
  /** Rule settings (`off|warn|error` or `[level, options]`); rules not named run at their default. */
  rules?: RuleSettings;
  /** Answers whether a relative link target exists; without it relative links are not checked. */
  resolveLink?: LinkResolver;
  /** Base URL of the rule documentation pages. */
  docsUrl?: string;
}

export interface LintResult {
  model: DesignDoc;
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  fixableCount: number;
}

const resolvedCache = new WeakMap<object, ResolvedRule[]>();
const NO_SETTINGS: RuleSettings = {};

function rulesFor(settings: RuleSettings | undefined): ResolvedRule[] {
  const key = settings ?? NO_SETTINGS;
  let resolved = resolvedCache.get(key);
  if (!resolved) {
    resolved = resolveRules(RULES as unknown as readonly Rule<unknown>[], key);
    resolvedCache.set(key, resolved);
  }
  return resolved;
}

/** Run the configured rules over an already parsed document. */
export function lintParsed(doc: ParsedDocument, options: LintOptions): LintResult {
  const rules = rulesFor(options.rules);
  const disables = new DisableComments(doc.source, doc.lines, doc.tree.literalLines);
  const diagnostics: Diagnostic[] = [];
  const docsUrl = options.docsUrl ?? DEFAULT_DOCS_URL;
  const run = (resolved: ResolvedRule) => {
    const { rule, severity } = resolved;
    const url = ruleUrl(rule.meta.id, docsUrl);
    rule.check({
      doc,
      options: resolved.options,
      resolveLink: options.resolveLink,
      otherDiagnostics: diagnostics,
      report(report) {
        if (disables.isDisabled(rule.meta.id, report.place.start.line)) return;
        const diagnostic: Diagnostic = {
          ruleId: rule.meta.id,
          severity: report.severity === 'warning' ? 'warning' : severity,
          message: report.message,
          place: report.place,
          url,
        };
        if (report.fix) diagnostic.fix = report.fix;
        diagnostics.push(diagnostic);
      },
    });
  };
  for (const resolved of rules) if (!resolved.rule.meta.runsLast) run(resolved);
  for (const resolved of rules) if (resolved.rule.meta.runsLast) run(resolved);
  diagnostics.sort(compareDiagnostics);
  let errorCount = 0;
  let fixableCount = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errorCount++;
    if (d.fix) fixableCount++;
  }
  return {
    model: doc.model,
    diagnostics,
    errorCount,
    warningCount: diagnostics.length - errorCount,
    fixableCount,
  };
}

/**
 * Lint a Markdown design document against a template. Never throws for anything in the
 * document; throws a `DesignDocError` only for bad settings (unknown rule, invalid options).
 */
export function lint(source: string, options: LintOptions): LintResult {
  return lintParsed(parseDocument(source, options.template), options);
}

export interface FixResult {
  /** The fixed source (equal to the input when nothing was fixable). */
  output: string;
  /** Fixes applied over all passes. */
  fixed: number;
  /** The lint result of the fixed source. */
  result: LintResult;
}

/**
 * Apply every safe fix, re-linting until nothing more is fixable (at most 10 passes, like
 * ESLint), so fix(fix(x)) = fix(x).
 */
export function fix(source: string, options: LintOptions): FixResult {
  let output = source;
  let fixed = 0;
  let result = lint(output, options);
  for (let pass = 0; pass < 10 && result.fixableCount > 0; pass++) {
    const next = applyFixes(output, result.diagnostics);
    if (next.applied === 0 || next.output === output) break;
    output = next.output;
    fixed += next.applied;
    result = lint(output, options);
  }
  return { output, fixed, result };
}
