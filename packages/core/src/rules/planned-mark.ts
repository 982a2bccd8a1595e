import { maskedLine } from '../lint/scan-lines.js';
import type { Block } from '../markdown/blocks.js';
import type { Place } from '../markdown/position.js';
import type { ParsedDocument } from '../model/parse.js';

/**
 * The convention by which a document names a file that is to come, so that `referenced-path`
 * and `relative-link` do not report it as missing: the word "planned" (any case, a whole word)
 * in the same sentence, as in "(planned)" or "is planned"; or a paragraph or list item that
 * begins with "Planned:" (after an optional bold label, `**Alerts.** Planned: …`), which marks
 * all of its sentences and the list items nested under it. Code spans and HTML comments do not
 * count: `planned/` in code is a name, not a mark.
 */
export function isMarkedPlanned(doc: ParsedDocument, place: Place): boolean {
  const line = place.start.line;
  const unit = proseUnits(doc)[line] ?? { start: line, end: line, planned: false };
  if (unit.planned) return true;
  let text = '';
  let at = 0;
  for (let n = unit.start; n <= unit.end; n++) {
    if (n === line) at = text.length + place.start.column - 1;
    text += `${maskedLine(doc, n)}\n`;
  }
  return PLANNED_WORD.test(sentenceAround(text, at));
}

const PLANNED_WORD = /\bplanned\b/i;
/**
 * "Planned:" at the start of a block's text, after an optional bold label (`**Alerts.**`,
 * `**Alerts**:`), in or out of emphasis (`**Planned:**`).
 */
const PLANNED_LEAD = /^(?:(\*\*|__)[^*_\n]+?\1[.:]?\s+)?[*_]*planned(?:[*_]*:|:[*_]*)/i;

/** The sentence of `text` around offset `at`: cut at `.`, `!` or `?` before a space, and at `|`. */
function sentenceAround(text: string, at: number): string {
  const ends = (i: number) =>
    text[i] === '|' || ('.!?'.includes(text[i] as string) && /\s/.test(text[i + 1] ?? ' '));
  let start = at;
  while (start > 0 && !ends(start - 1)) start--;
  let end = at;
  while (end < text.length && !ends(end)) end++;
  return text.slice(start, end);
}

/** A paragraph, a list item's own text, a heading or a table row: lines a sentence stays in. */
interface ProseUnit {
  start: number;
  end: number;
  /** It begins with "Planned:", or is a list item under one that does. */
  planned: boolean;
}

const unitCache = new WeakMap<ParsedDocument, ProseUnit[]>();

/** The prose unit of each line (by 1-based line; none for code, HTML and blank lines). */
function proseUnits(doc: ParsedDocument): ProseUnit[] {
  let byLine = unitCache.get(doc);
  if (byLine) return byLine;
  const units: ProseUnit[] = [];
  byLine = units;
  const add = (start: number, end: number, planned: boolean) => {
    const unit = { start, end, planned };
    for (let n = start; n <= end; n++) units[n] = unit;
  };
  const visit = (blocks: readonly Block[], inherited: boolean) => {
    for (const block of blocks) {
      if (block.type === 'heading') add(block.place.start.line, block.place.end.line, false);
      else if (block.type === 'paragraph')
        add(
          block.place.start.line,
          block.place.end.line,
          inherited || PLANNED_LEAD.test(block.text),
        );
      else if (block.type === 'blockquote') visit(block.children, inherited);
      else if (block.type === 'table')
        for (const place of [block.headerPlace, ...block.rows.map((row) => row.place)])
          add(place.start.line, place.start.line, false);
      else if (block.type === 'list')
        for (const item of block.items) {
          const planned = inherited || PLANNED_LEAD.test(item.text);
          if (item.text !== '')
            add(item.textLine, item.textLine + item.text.split('\n').length - 1, planned);
          visit(item.children, planned);
        }
    }
  };
  visit(doc.tree.blocks, false);
  unitCache.set(doc, units);
  return units;
}
