import type { Block } from '../markdown/blocks.js';
import type { ParsedDocument } from '../model/parse.js';
import type { Diagnostic, Fix } from './diagnostic.js';

/** A stretch of source no fix may write into: [start, end), or to the end of the file inclusive. */
interface Protected {
  start: number;
  end: number;
  /** Text appended at `end` would still be inside (an unclosed fence or comment runs to the end). */
  open: boolean;
}

/**
 * Drop the fixes that would write where the author's text must stay as it is: inside a code
 * block (closed or not: a heading appended after an unclosed fence lands in the code), an HTML
 * block or comment, the front matter, or a table row's cells. A fix that replaces such a stretch
 * whole (deleting an empty table row) or only touches its edge (padding a row at its end,
 * inserting after a closing fence) is kept. The diagnostic stays; only its fix goes.
 */
export function dropUnsafeFixes(doc: ParsedDocument, diagnostics: Diagnostic[]): void {
  if (!diagnostics.some((d) => d.fix)) return;
  const regions = protectedRegions(doc);
  for (const diagnostic of diagnostics) {
    if (diagnostic.fix && !isSafe(diagnostic.fix, regions)) delete diagnostic.fix;
  }
}

function isSafe(fix: Fix, regions: Protected[]): boolean {
  const [from, to] = fix.range;
  for (const region of regions) {
    const coversWhole = from <= region.start && to >= region.end;
    if (coversWhole && !region.open) continue;
    const inside = (at: number) =>
      at > region.start && (at < region.end || (region.open && at <= region.end));
    if (inside(from) || inside(to)) return false;
    if (from < region.start && to > region.end) return false;
  }
  return true;
}

function protectedRegions(doc: ParsedDocument): Protected[] {
  const { source, lines } = doc;
  const regions: Protected[] = [];
  if (doc.frontMatterBlock)
    regions.push({
      start: 0,
      end: doc.frontMatterBlock.place.end.offset,
      open: false,
    });
  const visit = (blocks: Block[]) => {
    for (const block of blocks) {
      const { start, end } = block.place;
      if (block.type === 'code' || block.type === 'html') {
        const last = lines.lineText(end.line);
        const open =
          block.type === 'code'
            ? block.fenced &&
              !closesFence(lines.lineText(start.line), last, start.line !== end.line)
            : /^\s*<!--/.test(block.value) && !block.value.includes('-->');
        regions.push({
          start: start.offset,
          end: open ? source.length : end.offset,
          open,
        });
      } else if (block.type === 'table') {
        for (const row of [{ place: block.headerPlace }, ...block.rows])
          regions.push({
            start: row.place.start.offset,
            end: lineContentEnd(source, row.place.end.offset),
            open: false,
          });
      } else if (block.type === 'blockquote') visit(block.children);
      else if (block.type === 'list') for (const item of block.items) visit(item.children);
    }
  };
  visit(doc.tree.blocks);
  return regions;
}

/** Whether the last line of a fenced block closes the fence its first line opened. */
function closesFence(first: string, last: string, multiline: boolean): boolean {
  if (!multiline) return false;
  const open = /^\s*(`{3,}|~{3,})/.exec(first);
  if (!open) return true;
  const fence = open[1] as string;
  return new RegExp(`^${fence[0] === '`' ? '`' : '~'}{${fence.length},}$`).test(last.trim());
}

/** The offset where a row's text ends (trailing spaces excluded), so padding at the end is an edge. */
function lineContentEnd(source: string, end: number): number {
  let at = end;
  while (at > 0 && (source[at - 1] === ' ' || source[at - 1] === '\t')) at--;
  return at;
}
