import type { Block } from '../markdown/blocks.js';
import { maskInlineCode, plainText } from '../markdown/inline-text.js';
import type { LineIndex, Place } from '../markdown/position.js';
import type { Section } from './schema.js';

/** An open point a document marks inside its text, outside any questions section. */
export interface OpenPoint {
  text: string;
  /** Who the marker names (`TODO(jbd)`, `<<[UNRESOLVED @owner]>>`), or "". */
  note: string;
  place: Place;
}

/** `<<[UNRESOLVED owner]>>` … `<<[/UNRESOLVED]>>`, the block marker of Kubernetes KEPs and others. */
const UNRESOLVED_OPEN = /<<\[\s*UNRESOLVED\b([^\]]*)\]>>/i;
const UNRESOLVED_CLOSE = /<<\[\s*\/\s*UNRESOLVED\s*\]>>/i;
/** Where one sentence ends and the next begins. */
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z`"“([*_])/;
/** TBD, TODO(owner):, FIXME, XXX in prose: a point the author has not settled yet. */
const MARKER = /\b(?:TBD|TODO|FIXME|XXX)\b(?:\(([^)\n]{1,40})\))?/;

/**
 * The open points of one section's own blocks (not its subsections): every unresolved block and
 * every prose line that carries a TBD/TODO/FIXME/XXX marker. Code is never read (a `// TODO` in
 * an example is the example's).
 */
export function openPointsOf(section: Section, lines: LineIndex): OpenPoint[] {
  const points: OpenPoint[] = [];
  let open: { text: string; note: string; start: number } | null = null;
  const visit = (blocks: Block[]) => {
    for (const block of blocks) {
      if (block.type === 'code' || block.type === 'html' || block.type === 'thematicBreak')
        continue;
      if (block.type === 'blockquote') {
        visit(block.children);
        continue;
      }
      if (block.type === 'list') {
        for (const item of block.items) {
          readLine(item.text, item.place);
          visit(item.children);
        }
        continue;
      }
      // A TBD in a table cell is a cell to fill (table-columns reports a template table's), not
      // a question; headings are titles.
      if (block.type === 'heading' || block.type === 'table') continue;
      readParagraph(block.text, block.place.start.line);
    }
  };
  /**
   * A paragraph's open points: each sentence that holds a marker, read whole across the lines
   * it is wrapped over, placed at the line of its marker; unresolved blocks line by line.
   */
  const readParagraph = (text: string, firstLine: number) => {
    const raw = text.split('\n');
    if (open || UNRESOLVED_OPEN.test(text)) {
      raw.forEach((line, i) => {
        readLine(line, lines.lines(firstLine + i, firstLine + i));
      });
      return;
    }
    if (!MARKER.test(text)) return;
    let offset = 0;
    /** The source line of an offset in the paragraph's text (its lines joined by \n). */
    const lineAt = (at: number) => {
      let line = 0;
      let end = raw[0]?.length ?? 0;
      while (at > end && line < raw.length - 1) {
        line++;
        end += 1 + (raw[line]?.length ?? 0);
      }
      return firstLine + line;
    };
    for (const sentence of text.split(SENTENCE_END)) {
      const at = text.indexOf(sentence, offset);
      offset = at + sentence.length;
      if (!MARKER.test(maskInlineCode(sentence))) continue;
      const line = lineAt(at + Math.max(0, maskInlineCode(sentence).search(MARKER)));
      readLine(sentence.replace(/\s*\n\s*/g, ' '), lines.lines(line, line));
    }
  };
  const readLine = (raw: string, place: Place) => {
    const text = maskInlineCode(raw);
    if (open) {
      if (UNRESOLVED_CLOSE.test(text)) {
        points.push({
          text: open.text || 'Unresolved',
          note: open.note,
          place: { start: lines.lines(open.start, open.start).start, end: place.end },
        });
        open = null;
      } else if (open.text === '') open.text = plainText(raw).trim();
      return;
    }
    const unresolved = UNRESOLVED_OPEN.exec(text);
    if (unresolved) {
      const rest = raw.slice((unresolved.index ?? 0) + unresolved[0].length);
      open = {
        text: plainText(rest).trim(),
        note: (unresolved[1] ?? '').trim(),
        start: place.start.line,
      };
      if (UNRESOLVED_CLOSE.test(rest)) {
        points.push({
          text: plainText(rest.replace(UNRESOLVED_CLOSE, '')).trim() || 'Unresolved',
          note: open.note,
          place,
        });
        open = null;
      }
      return;
    }
    const marker = MARKER.exec(text.replace(/\[[^\]]*\]\([^)]*\)/g, (m) => ' '.repeat(m.length)));
    if (marker) {
      const said = plainText(raw)
        .replace(/^\s*(?:TBD|TODO|FIXME|XXX)(?:\([^)]*\))?\s*[:.-]?\s*/, '')
        .trim();
      points.push({
        text: said === '' ? plainText(raw).trim() : said,
        note: marker[1] ?? '',
        place,
      });
    }
  };
  visit(section.blocks);
  return points;
}
