import type { LineIndex, Place } from '../markdown/position.js';
import type { ParsedDocument } from '../model/parse.js';

/** A rule id as a directive spells it, and where, so that one naming no rule can be pointed at. */
export interface DirectiveRule {
  id: string;
  place: Place;
}

/** One `<!-- designdoc-… -->` comment. */
export interface DisableDirective {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
  /** The line the comment is on. */
  line: number;
  /** The comment, from `<!--` to `-->`. */
  place: Place;
  /** The rules it names; none means every rule. */
  rules: DirectiveRule[];
}

const DIRECTIVE =
  /<!--\s*designdoc-(disable-next-line|disable-line|disable|enable)\b([^>]*?)\s*-->/g;
/** ESLint's `-- reason` after the rule ids: a note for readers, not more ids. */
const DESCRIPTION = /(?:^|\s)--(?:\s|$)/;
const RULE_ID = /[^\s,]+/g;

const scanned = new WeakMap<ParsedDocument, DisableDirective[]>();

/**
 * The inline configuration comments of a document, as in markdownlint and ESLint:
 * `<!-- designdoc-disable rule-a rule-b -->` … `<!-- designdoc-enable -->`,
 * `<!-- designdoc-disable-line -->` and `<!-- designdoc-disable-next-line rule -- reason -->`.
 * Comments inside code blocks are text, not directives. Scanned once per parsed document: the
 * engine and the disable-comment rule both read them.
 */
export function disableDirectives(doc: ParsedDocument): readonly DisableDirective[] {
  let directives = scanned.get(doc);
  if (!directives) {
    directives = scanDirectives(doc.source, doc.lines, doc.tree.literalLines);
    scanned.set(doc, directives);
  }
  return directives;
}

function scanDirectives(
  source: string,
  lines: LineIndex,
  literalLines: Uint8Array,
): DisableDirective[] {
  const directives: DisableDirective[] = [];
  if (!source.includes('designdoc-')) return directives;
  for (let line = 1; line <= lines.lineCount; line++) {
    const text = lines.lineText(line);
    if (!text.includes('designdoc-')) continue;
    if (literalLines[line] === 1) continue;
    for (const match of text.matchAll(DIRECTIVE)) {
      if (text.includes('`') && insideCodeSpan(text, match.index)) continue;
      const kind = match[1] as DisableDirective['kind'];
      const namesAt = match.index + match[0].indexOf(kind) + kind.length;
      const names = (match[2] ?? '').split(DESCRIPTION)[0] ?? '';
      const rules = [...names.matchAll(RULE_ID)].map((name) => {
        const column = namesAt + name.index + 1;
        return { id: name[0], place: lines.span(line, column, column + name[0].length) };
      });
      const place = lines.span(line, match.index + 1, match.index + match[0].length + 1);
      directives.push({ kind, line, place, rules });
    }
  }
  return directives;
}

/**
 * Whether `index` falls inside an inline code span of its line: a comment written in backticks
 * (`` `<!-- designdoc-disable-line no-secrets -->` ``, as docs about these comments show them)
 * is text, not a comment. A span opens at a run of backticks and closes at the next run as long.
 */
function insideCodeSpan(text: string, index: number): boolean {
  let open = 0;
  for (const run of text.slice(0, index).matchAll(/`+/g)) {
    if (open === 0) open = run[0].length;
    else if (run[0].length === open) open = 0;
  }
  return open !== 0 && text.indexOf('`'.repeat(open), index) !== -1;
}

const covers = (directive: DisableDirective, ruleId: string) =>
  directive.rules.length === 0 || directive.rules.some((rule) => rule.id === ruleId);

/** A disable comment that switched nothing off, or some of the rules it names that did not. */
export interface UnusedDirective {
  directive: DisableDirective;
  /** Whether the whole comment did nothing (else only `rules` did nothing). */
  whole: boolean;
  /** The rules it names that suppressed nothing (none for a comment that names no rule). */
  rules: DirectiveRule[];
}

/**
 * Answers whether a finding is switched off by a comment, and remembers which comments did
 * switch something off, so that the ones that did not can be reported
 * (`reportUnusedDisableDirectives`, as ESLint's `--report-unused-disable-directives`).
 */
export class DisableComments {
  private readonly blocks: DisableDirective[] = [];
  private readonly byLine = new Map<number, DisableDirective[]>();
  /** Per disable comment, the rule ids it suppressed a finding of. */
  private readonly suppressed = new Map<DisableDirective, Set<string>>();

  constructor(private readonly directives: readonly DisableDirective[]) {
    for (const directive of directives) {
      if (directive.kind === 'disable' || directive.kind === 'enable') {
        this.blocks.push(directive);
        continue;
      }
      const line = directive.kind === 'disable-line' ? directive.line : directive.line + 1;
      this.byLine.set(line, [...(this.byLine.get(line) ?? []), directive]);
    }
  }

  /** Whether a finding of `ruleId` on `line` is switched off by a comment. */
  isDisabled(ruleId: string, line: number): boolean {
    if (this.directives.length === 0) return false;
    let onLine = false;
    for (const directive of this.byLine.get(line) ?? []) {
      if (!covers(directive, ruleId)) continue;
      this.markUsed(directive, ruleId);
      onLine = true;
    }
    if (onLine) return true;
    let inEffect: DisableDirective | undefined;
    for (const directive of this.blocks) {
      if (directive.line > line) break;
      if (covers(directive, ruleId)) inEffect = directive;
    }
    if (inEffect?.kind !== 'disable') return false;
    this.markUsed(inEffect, ruleId);
    return true;
  }

  private markUsed(directive: DisableDirective, ruleId: string): void {
    const ids = this.suppressed.get(directive) ?? new Set<string>();
    ids.add(ruleId);
    this.suppressed.set(directive, ids);
  }

  /**
   * The disable comments, or the rules they name, that switched nothing off. Ids that name no
   * rule in `knownRuleIds` are left out: the disable-comment rule reports those.
   */
  unused(knownRuleIds: ReadonlySet<string>): UnusedDirective[] {
    const unused: UnusedDirective[] = [];
    for (const directive of this.directives) {
      if (directive.kind === 'enable') continue;
      const suppressed = this.suppressed.get(directive);
      if (directive.rules.length === 0) {
        if (!suppressed) unused.push({ directive, whole: true, rules: [] });
        continue;
      }
      const known = directive.rules.filter((rule) => knownRuleIds.has(rule.id));
      const idle = known.filter((rule) => !suppressed?.has(rule.id));
      if (idle.length > 0) unused.push({ directive, whole: !suppressed, rules: idle });
    }
    return unused;
  }
}

/**
 * How unused disable comments are reported, in ESLint's words (the disable-comment rule's
 * `unused` messages): a comment that did nothing at the comment, naming its rules; a rule a
 * partly used comment names for nothing at that rule id.
 */
export function unusedDirectiveReports(unused: readonly UnusedDirective[]): {
  messageId: 'unused' | 'unusedRules';
  data: { kind: string; rules: string };
  place: Place;
}[] {
  const report = (directive: DisableDirective, rules: readonly DirectiveRule[], place: Place) => ({
    messageId: rules.length > 0 ? ('unusedRules' as const) : ('unused' as const),
    data: { kind: directive.kind, rules: rules.map((rule) => `“${rule.id}”`).join(' or ') },
    place,
  });
  return unused.flatMap(({ directive, whole, rules }) =>
    whole
      ? [report(directive, rules, directive.place)]
      : rules.map((rule) => report(directive, [rule], rule.place)),
  );
}
