import type { LineIndex } from '../markdown/position.js';

interface Directive {
  line: number;
  kind: 'disable' | 'enable';
  rules: Set<string> | 'all';
}

const DIRECTIVE =
  /<!--\s*designdoc-(disable-next-line|disable-line|disable|enable)\b([^>]*?)\s*-->/g;

/**
 * Inline configuration comments, as in markdownlint and ESLint:
 * `<!-- designdoc-disable rule-a rule-b -->` … `<!-- designdoc-enable -->`,
 * `<!-- designdoc-disable-line -->` and `<!-- designdoc-disable-next-line rule -->`.
 * No rule names means every rule.
 */
export class DisableComments {
  private readonly blocks: Directive[] = [];
  private readonly lineRules = new Map<number, Set<string> | 'all'>();

  constructor(source: string, lines: LineIndex, literalLines: Uint8Array) {
    if (!source.includes('designdoc-')) return;
    for (let line = 1; line <= lines.lineCount; line++) {
      const text = lines.lineText(line);
      if (!text.includes('designdoc-')) continue;
      if (literalLines[line] === 1) continue;
      for (const match of text.matchAll(DIRECTIVE)) {
        const names = (match[2] ?? '').split(/[\s,]+/).filter(Boolean);
        const rules: Set<string> | 'all' = names.length > 0 ? new Set(names) : 'all';
        const kind = match[1];
        if (kind === 'disable-line') this.addLine(line, rules);
        else if (kind === 'disable-next-line') this.addLine(line + 1, rules);
        else this.blocks.push({ line, kind: kind === 'enable' ? 'enable' : 'disable', rules });
      }
    }
  }

  private addLine(line: number, rules: Set<string> | 'all'): void {
    const existing = this.lineRules.get(line);
    if (existing === 'all' || rules === 'all') this.lineRules.set(line, 'all');
    else this.lineRules.set(line, new Set([...(existing ?? []), ...rules]));
  }

  /** Whether a finding of `ruleId` on `line` is switched off by a comment. */
  isDisabled(ruleId: string, line: number): boolean {
    const onLine = this.lineRules.get(line);
    if (onLine === 'all' || onLine?.has(ruleId)) return true;
    let disabled = false;
    for (const directive of this.blocks) {
      if (directive.line > line) break;
      if (directive.rules === 'all' || directive.rules.has(ruleId))
        disabled = directive.kind === 'disable';
    }
    return disabled;
  }
}
