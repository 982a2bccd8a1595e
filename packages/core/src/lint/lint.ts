import { titleKey } from '../markdown/inline-text.js';
import { type ParsedDocument, parseDocument } from '../model/parse.js';
import type { DesignDoc } from '../model/schema.js';
import { disableComment } from '../rules/disable-comment.js';
import { RULES } from '../rules/index.js';
import type { SectionSpec, TemplateSpec } from '../template/spec.js';
import { applyFixes } from './apply-fixes.js';
import { type ResolvedRule, type RuleSettings, resolveRules } from './config.js';
import { compareDiagnostics, DEFAULT_DOCS_URL, type Diagnostic, ruleUrl } from './diagnostic.js';
import { DisableComments, disableDirectives, unusedDirectiveReports } from './disable-comments.js';
import { formatMessage, type MessageData } from './format-message.js';
import { dropUnsafeFixes } from './protected-text.js';
import type { CheckInputs, CheckKind, LinkResolver, PathResolver, Rule } from './rule.js';

export interface LintOptions {
  template: TemplateSpec;
  /** Rule settings (`off|warn|error` or `[level, options]`); rules not named run at their default. */
  rules?: RuleSettings;
  /** Answers whether a relative link target exists; without it relative links are not checked. */
  resolveLink?: LinkResolver;
  /**
   * Answers whether a path named in the document exists from the repository root; without it
   * such paths are not checked (`referenced-path`).
   */
  resolvePath?: PathResolver;
  /**
   * Run the rules of this check (and only those) instead of the lint rules, comparing the
   * document with `checks`.
   */
  check?: CheckKind;
  /** What the rules of `check` compare the document with. */
  checks?: CheckInputs;
  /** Base URL of the rule documentation pages. */
  docsUrl?: string;
  /**
   * Report disable comments that switched nothing off (reported as `disable-comment` findings,
   * at this severity), as ESLint's `--report-unused-disable-directives`. Default `off`.
   */
  reportUnusedDisableDirectives?: 'off' | 'warn' | 'error';
  /**
   * Milliseconds spent in each rule, added to by rule id (the CLI's `--debug` and `TIMING=1`).
   * Absent, nothing is timed: the default path does not read the clock.
   */
  timing?: Map<string, number>;
}

export interface LintResult {
  model: DesignDoc;
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  fixableCount: number;
}

const resolvedCache = new WeakMap<object, ResolvedRule[]>();
/** Every rule id, for the disable-comment rule and for telling unknown ids from unused ones. */
const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.meta.id));
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

/** The clock the timing hook reads; declared here because core is built without DOM or Node types. */
declare const performance: { now(): number };

/** `run`, adding the milliseconds each rule takes to `timing` under its id. */
function timed(
  run: (resolved: ResolvedRule) => void,
  timing: Map<string, number>,
): (resolved: ResolvedRule) => void {
  return (resolved) => {
    const started = performance.now();
    run(resolved);
    const id = resolved.rule.meta.id;
    timing.set(id, (timing.get(id) ?? 0) + performance.now() - started);
  };
}

/** The words of a rule's message `messageId`, its placeholders filled from `data`. */
function messageOf(
  rule: { meta: { id: string; messages: Record<string, string> } },
  messageId: string,
  data: MessageData | undefined,
): string {
  const template = rule.meta.messages[messageId];
  // A rule's own bug, not the document's or the user's: `defineRule` keeps it from compiling.
  if (template === undefined)
    throw new Error(`Rule “${rule.meta.id}” reported “${messageId}”, which it has no message for`);
  return formatMessage(template, data);
}

/** Run the configured rules over an already parsed document. */
export function lintParsed(doc: ParsedDocument, options: LintOptions): LintResult {
  const rules = rulesFor(options.rules);
  const disables = new DisableComments(disableDirectives(doc));
  const diagnostics: Diagnostic[] = [];
  const docsUrl = options.docsUrl ?? DEFAULT_DOCS_URL;
  const checks = options.checks ?? {};
  const run = (resolved: ResolvedRule) => {
    const { rule, severity } = resolved;
    if (rule.meta.check !== options.check) return;
    const url = ruleUrl(rule.meta.id, docsUrl);
    rule.check({
      doc,
      options: resolved.options,
      resolveLink: options.resolveLink,
      resolvePath: options.resolvePath,
      checks,
      otherDiagnostics: diagnostics,
      ruleIds: RULE_IDS,
      report(report) {
        if (disables.isDisabled(rule.meta.id, report.place.start.line)) return;
        const diagnostic: Diagnostic = {
          ruleId: rule.meta.id,
          severity: report.severity === 'warning' ? 'warning' : severity,
          message: messageOf(rule, report.messageId, report.data),
          messageId: report.messageId,
          place: report.place,
          url,
        };
        if (report.fix) diagnostic.fix = report.fix;
        diagnostics.push(diagnostic);
      },
    });
  };
  const step = options.timing ? timed(run, options.timing) : run;
  for (const resolved of rules) if (!resolved.rule.meta.runsLast) step(resolved);
  for (const resolved of rules) if (resolved.rule.meta.runsLast) step(resolved);
  const unusedLevel = options.reportUnusedDisableDirectives ?? 'off';
  if (unusedLevel !== 'off') {
    const url = ruleUrl('disable-comment', docsUrl);
    const severity = unusedLevel === 'warn' ? 'warning' : 'error';
    for (const { messageId, data, place } of unusedDirectiveReports(disables.unused(RULE_IDS)))
      diagnostics.push({
        ruleId: 'disable-comment',
        severity,
        message: messageOf(disableComment, messageId, data),
        messageId,
        place,
        url,
      });
  }
  dropUnsafeFixes(doc, diagnostics);
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
 * ESLint), so fix(fix(x)) = fix(x). A pass never leaves the document with more findings than it
 * had (a missing section turned into an empty one, and the missing subsections that then show
 * beneath it, count as the same gap): when its fixes together would (a heading inserted where a
 * table of contents does not list it, or out of the order the document already breaks), the
 * fixes are tried rule by rule and one at a time, and only those that do not make it worse are
 * kept.
 */
export function fix(source: string, options: LintOptions): FixResult {
  let state: FixResult = { output: source, fixed: 0, result: lint(source, options) };
  for (let pass = 0; pass < 10 && state.result.fixableCount > 0; pass++) {
    const next = fixPass(state, options);
    if (!next) break;
    state = next;
  }
  return state;
}

/** The rules whose findings a scaffolding fix trades for each other (see `fixPass`). */
const SCAFFOLDING_RULES = new Set(['required-section', 'empty-section']);

/** A rule's fixes are tried one at a time (when together they make things worse) up to this many. */
const MAX_SINGLE_FIXES = 40;

function fixPass(state: FixResult, options: LintOptions): FixResult | null {
  const attempt = (from: FixResult, diagnostics: readonly Diagnostic[]): FixResult | null => {
    const next = applyFixes(from.output, diagnostics);
    if (next.applied === 0 || next.output === from.output) return null;
    return {
      output: next.output,
      fixed: from.fixed + next.applied,
      result: lint(next.output, options),
    };
  };
  // A missing heading that becomes an empty one, with its own missing subsections beneath it, is
  // the same gap scaffolded, not a new problem: those two rules are left out of the comparison.
  const count = (s: FixResult) =>
    s.result.diagnostics.filter((d) => !SCAFFOLDING_RULES.has(d.ruleId)).length;
  // ...as long as the gaps are the same ones: a heading inserted must not make the document read
  // differently, so that a section it had becomes a new gap (a `## Discussion` taken for the
  // template's Compatibility stops being it once `## Implementation` lands after it).
  // A fix after which every finding is still there did nothing (a heading inserted where it does
  // not read as the missing section): taking it would insert it again on every run.
  const better = (next: FixResult | null, than: FixResult): next is FixResult =>
    next !== null &&
    count(next) <= count(than) &&
    fillsGaps(next, than, options.template) &&
    findingsKey(next) !== findingsKey(than);
  const all = attempt(state, state.result.diagnostics);
  if (!all || better(all, state)) return all;
  let current = state;
  const ruleIds = [...new Set(state.result.diagnostics.filter((d) => d.fix).map((d) => d.ruleId))];
  for (const ruleId of ruleIds) {
    const ofRule = () => current.result.diagnostics.filter((d) => d.fix && d.ruleId === ruleId);
    const together = attempt(current, ofRule());
    if (better(together, current)) {
      current = together;
      continue;
    }
    if (ofRule().length > MAX_SINGLE_FIXES) continue;
    const tried = new Set<string>();
    for (
      let d = ofRule().find((x) => !tried.has(fixKey(x)));
      d;
      d = ofRule().find((x) => !tried.has(fixKey(x)))
    ) {
      tried.add(fixKey(d));
      const single = attempt(current, [d]);
      if (better(single, current)) current = single;
    }
  }
  return current === state ? null : current;
}

/** What a document's findings say, wherever they are. */
function findingsKey(state: FixResult): string {
  return state.result.diagnostics
    .map((d) => `${d.ruleId}\u0000${d.message}`)
    .sort()
    .join('\u0001');
}

/** "Missing section “X”" and "Section “X” is empty": the titles of a document's gaps. */
const GAP = /^(?:Missing section “(.+?)”|Section “(.+?)” is empty)/;

function gapTitles(state: FixResult): Map<string, number> {
  const titles = new Map<string, number>();
  for (const d of state.result.diagnostics) {
    const gap = SCAFFOLDING_RULES.has(d.ruleId) ? GAP.exec(d.message) : null;
    if (!gap) continue;
    const key = titleKey((gap[1] ?? gap[2]) as string);
    titles.set(key, (titles.get(key) ?? 0) + 1);
  }
  return titles;
}

/**
 * Whether a fix's gaps are the document's gaps, filled in: each as often as before or once (a
 * missing heading becomes an empty one), or once as a subsection the template gives a gap (the
 * inserted heading's own missing subsections).
 */
function fillsGaps(next: FixResult, than: FixResult, template: TemplateSpec): boolean {
  const before = gapTitles(than);
  const within = new Set(before.keys());
  const visit = (sections: readonly SectionSpec[], inside: boolean) => {
    for (const section of sections) {
      const key = titleKey(section.title);
      if (inside) within.add(key);
      visit(section.sections ?? [], inside || before.has(key));
    }
  };
  visit(template.sections, false);
  for (const [title, count] of gapTitles(next))
    if (!within.has(title) || count > Math.max(1, before.get(title) ?? 0)) return false;
  return true;
}

/** A fix by what it does, so the same fix is recognised again after the text around it moved. */
function fixKey(diagnostic: Diagnostic): string {
  return `${diagnostic.ruleId}\u0000${diagnostic.message}\u0000${diagnostic.fix?.text ?? ''}`;
}
