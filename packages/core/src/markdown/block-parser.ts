import type { Block, CodeBlock, ListBlock, ListItem, TableBlock, TableRow } from './blocks.js';
import type { LineIndex } from './position.js';
import { splitTableRow } from './table-row.js';

/**
 * A CommonMark + GFM-tables block parser, written for the lint hot path: one pass over lines,
 * containers (block quotes, list items) parsed by stripping their prefixes and recursing, no
 * inline parsing and no token stream. It is an engine, so it is one file.
 *
 * Why not markdown-it here: on the 9 MB Rust RFC corpus markdown-it's block pass alone costs
 * about 1.1 s of CPU in a cold process run as the CLI lints (V8 without TurboFan; 0.8 s with
 * it), its token objects dominating the garbage collector, which is half of designdoc's whole
 * time budget (20× faster than markdownlint-cli2). This parser yields the same blocks —
 * differential tests compare it with markdown-it on all 652 examples of the CommonMark spec
 * (`block-parser.test.ts`) and on every Markdown file of the shared corpora
 * (`block-parser.corpus.test.ts`) — for about 0.4 s there (0.6 s with TurboFan; best of 5,
 * measured again for issue 15). Only the block structure is parsed; rules scan a block's own
 * lines for inline detail.
 */

/**
 * A line of a container's content: its 1-based source line and its text with prefixes removed,
 * leading tabs expanded to spaces (so indentation is a count of columns).
 */
interface Line {
  n: number;
  text: string;
  /** Leading spaces of `text`, computed once (a line may be stripped at many nesting levels). */
  ind: number;
  /**
   * Only on lines holding a tab: the content as written (tabs kept, but a tab a container's
   * prefix cut through left as the spaces it still covers), for code and HTML block contents.
   */
  raw?: string;
  /** Only with `raw`: the source column `raw` starts at, since a tab stops at columns of 4. */
  col?: number;
  /** A lazy continuation line: paragraph text whatever it looks like (never an underline). */
  lazy?: boolean;
}

interface Context {
  lines: LineIndex;
  literal: Uint8Array;
  references: Map<string, string>;
  depth: number;
}

/** Nesting deeper than this is read as text, so hostile input cannot exhaust the stack. */
const MAX_DEPTH = 100;

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/s;
const ATX_EMPTY_CLOSE = /^ {0,3}#{1,6}[ \t]+#+[ \t]*$/;
const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/s;
const HR = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const LIST_ITEM = /^( {0,3})([-+*]|(\d{1,9})([.)]))([ \t]+|$)/;
const LIST_ITEM_AT = / {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$)/y;
const QUOTE = /^ {0,3}>/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const HTML_1 = /^ {0,3}<(script|pre|style|textarea)(?:\s|>|$)/i;
const HTML_1_END = /<\/(?:script|pre|style|textarea)>/i;
const HTML_6 =
  /^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:\s|\/?>|$)/i;
const HTML_7 =
  /^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/;

/** Parse the source's lines into blocks (lines already blanked where front matter was). */
export function parseBlocks(
  text: string,
  lines: LineIndex,
): { blocks: Block[]; literal: Uint8Array; references: Map<string, string> } {
  const raw = text.split('\n');
  const all: Line[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    let lineText = raw[i] as string;
    if (lineText.charCodeAt(lineText.length - 1) === 13) lineText = lineText.slice(0, -1);
    all[i] = lineText.includes('\t') ? contentLine(i + 1, lineText, 0) : makeLine(i + 1, lineText);
  }
  if (all.length > 0 && (all[all.length - 1] as Line).text === '') all.pop();
  const ctx: Context = {
    lines,
    literal: new Uint8Array(raw.length + 2),
    references: new Map(),
    depth: 0,
  };
  return { blocks: parseContainer(all, ctx), literal: ctx.literal, references: ctx.references };
}

/** `text`, starting at source column `col`, with the tabs of its indentation expanded. */
function expandLeadingTabs(text: string, col: number): string {
  let width = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) width++;
    else if (c === 9) width += 4 - ((col + width) % 4);
    else break;
  }
  return ' '.repeat(width) + text.slice(i);
}

function makeLine(n: number, text: string): Line {
  return { n, text, ind: indentOf(text) };
}

/** A line from its content as written, starting at source column `col`. */
function contentLine(n: number, raw: string, col: number): Line {
  if (!raw.includes('\t')) return makeLine(n, raw);
  const line = makeLine(n, expandLeadingTabs(raw, col));
  line.raw = raw;
  line.col = col;
  return line;
}

/**
 * `raw`, starting at source column `col`, without its first `width` columns, cut as markdown-it
 * cuts: a tab cut part-way leaves the columns it still covers as spaces. `indentOnly` stops at
 * the first character that is not a space or tab (stripping a code block's indentation).
 */
function cutColumns(raw: string, col: number, width: number, indentOnly: boolean): string {
  const end = col + width;
  let column = col;
  let i = 0;
  while (column < end && i < raw.length) {
    const c = raw.charCodeAt(i);
    if (c === 9) {
      const stop = column + 4 - (column % 4);
      i++;
      if (stop > end) return ' '.repeat(stop - end) + raw.slice(i);
      column = stop;
    } else if (c === 32 || !indentOnly) {
      column++;
      i++;
    } else break;
  }
  return raw.slice(i);
}

/** A container's content line: `line` without its first `width` columns (spaces or a marker). */
function stripped(line: Line, width: number): Line {
  if (line.raw !== undefined) {
    const col = line.col as number;
    return contentLine(line.n, cutColumns(line.raw, col, width, false), col + width);
  }
  let ind = 0;
  if (line.ind >= width) ind = line.ind - width;
  else while (line.text.charCodeAt(width + ind) === 32) ind++;
  return { n: line.n, text: line.text.slice(width), ind };
}

/** A line holding only spaces (tabs were expanded when the line was read). */
const blank = (line: Line) => line.ind >= line.text.length;

function indentOf(text: string): number {
  let i = 0;
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * `text` without the spaces and tabs around it. Not `String#trim`: markdown-it keeps other
 * white space (a no-break space, a byte order mark) as part of a paragraph's or heading's text.
 */
function trimSpaces(text: string): string {
  let end = text.length;
  let start = 0;
  let c = text.charCodeAt(0);
  const last = text.charCodeAt(end - 1);
  // The usual line has nothing to trim: no loop, no copy.
  if (c !== 32 && c !== 9 && last !== 32 && last !== 9) return text;
  while (start < end && (c === 32 || c === 9)) c = text.charCodeAt(++start);
  c = last;
  while (end > start && (c === 32 || c === 9)) c = text.charCodeAt(--end - 1);
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

const isSpaceOrTab = (c: number) => c === 32 || c === 9;
const isDigit = (c: number) => c >= 48 && c <= 57;

function placeOf(ctx: Context, first: number, last: number) {
  return ctx.lines.lines(first, Math.max(first, last));
}

/** The blocks of one container (the document, a block quote or a list item). */
function parseContainer(lines: Line[], ctx: Context): Block[] {
  const blocks: Block[] = [];
  if (ctx.depth > MAX_DEPTH) {
    const first = lines.find((l) => !blank(l));
    const last = [...lines].reverse().find((l) => !blank(l));
    if (first && last) {
      blocks.push({
        type: 'paragraph',
        text: lines
          .map((l) => trimSpaces(l.text))
          .join('\n')
          .trim(),
        place: placeOf(ctx, first.n, last.n),
      });
    }
    return blocks;
  }
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    const text = line.text;
    if (blank(line)) {
      i++;
      continue;
    }
    const indent = line.ind;
    if (indent >= 4) {
      i = indentedCode(lines, i, ctx, blocks);
      continue;
    }
    const c = text.charCodeAt(indent);
    if (c === 35 /* # */ && ATX.test(text)) {
      const match = ATX.exec(text) as RegExpExecArray;
      const content = ATX_EMPTY_CLOSE.test(text) ? '' : trimSpaces(match[2] ?? '');
      blocks.push({
        type: 'heading',
        depth: (match[1] as string).length,
        text: content,
        place: placeOf(ctx, line.n, line.n),
      });
      i++;
      continue;
    }
    if ((c === 96 /* ` */ || c === 126) /* ~ */ && FENCE.test(text)) {
      const fenced = fencedCode(lines, i, ctx);
      if (fenced) {
        blocks.push(fenced.block);
        i = fenced.next;
        continue;
      }
    }
    if (c === 62 /* > */) {
      i = blockquote(lines, i, ctx, blocks);
      continue;
    }
    if ((c === 42 || c === 45 || c === 95) /* * - _ */ && HR.test(text)) {
      blocks.push({ type: 'thematicBreak', place: placeOf(ctx, line.n, line.n) });
      i++;
      continue;
    }
    if ((c === 42 || c === 43 || c === 45 || (c >= 48 && c <= 57)) && LIST_ITEM.test(text)) {
      i = list(lines, i, ctx, blocks);
      continue;
    }
    if (c === 60 /* < */) {
      const end = htmlBlockEnd(lines, i, false);
      if (end !== -1) {
        for (let k = i; k <= end; k++) ctx.literal[(lines[k] as Line).n] = 2;
        blocks.push({
          type: 'html',
          value: `${lines
            .slice(i, end + 1)
            .map((l) => l.raw ?? l.text)
            .join('\n')}\n`,
          place: placeOf(ctx, line.n, (lines[end] as Line).n),
        });
        i = end + 1;
        continue;
      }
    }
    if (isTableStart(lines, i)) {
      i = table(lines, i, ctx, blocks);
      continue;
    }
    i = paragraph(lines, i, ctx, blocks);
  }
  return blocks;
}

function indentedCode(lines: Line[], start: number, ctx: Context, blocks: Block[]): number {
  let end = start;
  let last = start;
  while (end < lines.length) {
    const line = lines[end] as Line;
    if (blank(line)) end++;
    else if (line.ind >= 4) last = end++;
    else break;
  }
  const body = lines.slice(start, last + 1);
  for (const l of body) ctx.literal[l.n] = 1;
  const first = lines[start] as Line;
  blocks.push({
    type: 'code',
    lang: '',
    value: `${body.map((l) => (l.raw !== undefined ? cutColumns(l.raw, l.col as number, 4, true) : l.text.slice(4))).join('\n')}\n`,
    fenced: false,
    place: placeOf(ctx, first.n, (lines[last] as Line).n),
    valueLine: first.n,
  });
  return last + 1;
}

function fencedCode(
  lines: Line[],
  start: number,
  ctx: Context,
): { block: CodeBlock; next: number } | null {
  const open = FENCE.exec((lines[start] as Line).text) as RegExpExecArray;
  const fence = open[2] as string;
  const info = (open[3] as string).trim();
  if (fence[0] === '`' && info.includes('`')) return null;
  const indent = (open[1] as string).length;
  // The closing test inline (a call per line of code counts where the CLI runs without
  // TurboFan), the regex failing most lines at their first character.
  const fenceChar = fence.charCodeAt(0);
  let end = start + 1;
  for (; end < lines.length; end++) {
    const close = FENCE_CLOSE.exec((lines[end] as Line).text);
    if (close && close[1]?.charCodeAt(0) === fenceChar && close[1].length >= fence.length) break;
  }
  const closed = end < lines.length;
  const body = lines.slice(start + 1, end);
  const last = closed ? end : Math.max(start, end - 1);
  for (let k = start; k <= last && k < lines.length; k++) ctx.literal[(lines[k] as Line).n] = 1;
  // An unclosed block runs to its container's end, blank lines included; its place does not.
  let placeEnd = Math.min(last, lines.length - 1);
  while (!closed && placeEnd > start && blank(lines[placeEnd] as Line)) placeEnd--;
  const strip = (line: Line) => {
    if (line.raw !== undefined) return cutColumns(line.raw, line.col as number, indent, true);
    const text = line.text;
    let k = 0;
    while (k < indent && text.charCodeAt(k) === 32) k++;
    return text.slice(k);
  };
  const first = lines[start] as Line;
  return {
    block: {
      type: 'code',
      lang: info.split(/\s+/)[0] ?? '',
      value: body.length > 0 ? `${body.map(strip).join('\n')}\n` : '',
      fenced: true,
      place: placeOf(ctx, first.n, (lines[placeEnd] as Line).n),
      valueLine: first.n + 1,
    },
    next: closed ? end + 1 : end,
  };
}

/** A fence opener: three or more backticks (with no backtick in the info) or tildes. */
function isFenceOpen(text: string): boolean {
  const match = FENCE.exec(text);
  return match !== null && !((match[2] as string)[0] === '`' && (match[3] as string).includes('`'));
}

/**
 * Whether a container line leaves a paragraph open (so a following unindented line may be a
 * lazy continuation of it): text after any list markers and quote signs that is not a fence,
 * heading, rule, HTML block or indented code. The line is read from index `from`.
 */
function leavesParagraphOpen(text: string, from = 0): boolean {
  // Walk past list markers and quote signs by index (no copies: a line may hold thousands).
  let at = from;
  // Eight levels decide it in practice; deeper lines are taken as open (they are paragraphs
  // of nested quotes or lists either way), which keeps a line of 10,000 markers linear.
  for (let depth = 0; depth <= 8; depth++) {
    let indent = 0;
    while (indent < 4 && text.charCodeAt(at + indent) === 32) indent++;
    if (at + indent >= text.length || indent >= 4) return false;
    const c = text.charCodeAt(at + indent);
    if (c === 62 /* > */) {
      at += indent + 1;
      continue;
    }
    if (c === 42 || c === 43 || c === 45 || (c >= 48 && c <= 57)) {
      LIST_ITEM_AT.lastIndex = at;
      const marker = LIST_ITEM_AT.exec(text);
      if (marker && !HR.test(text.slice(at, at + 80))) {
        at += marker[0].length;
        continue;
      }
    }
    const rest = text.slice(at, at + 200);
    if (isBlank(rest)) return false;
    return !(
      isFenceOpen(rest) ||
      ATX.test(rest) ||
      HR.test(rest) ||
      (rest.includes('<') && startsHtmlBlock(rest)) ||
      SETEXT.test(rest)
    );
  }
  return true;
}

/** What a container's content has open after a line (see `advanceOpen`). */
interface Open {
  kind: number;
  /** The fence that would close an open fenced code block. */
  fence: string;
  /** The end marker of an open HTML block of kinds 1 to 5, null for a block ending at a blank. */
  htmlEnd: RegExp | null;
  /** The content's last line, lazy continuations included (a table's header, maybe). */
  previous: Line | null;
  /** The content column of the list item last opened in this content, 0 when none is. */
  item: number;
  /** The content column of the item holding the open code block, table or HTML block, or 0. */
  within: number;
  /** Whether the open paragraph is in a nested block quote (where no table interrupts it). */
  quoted: boolean;
}

const NOTHING = 0;
const PARAGRAPH = 1;
const FENCED = 2;
const TABLE = 3;
const HTML = 4;

const opened = (): Open => ({
  kind: NOTHING,
  fence: '',
  htmlEnd: null,
  previous: null,
  item: 0,
  within: 0,
  quoted: false,
});

/**
 * Follow a container's content line by line to know whether a paragraph is open, since only an
 * open paragraph takes a lazy continuation line (less indented than the container's content);
 * a fenced code block, a table or an HTML block ends at such a line, whatever its own lines
 * look like. One level of nested list item is followed (a line left of its content ends what
 * it holds); deeper containers are judged by `leavesParagraphOpen`.
 */
function advanceOpen(open: Open, line: Line): void {
  const previous = open.previous;
  open.previous = line;
  if (blank(line)) {
    if (open.kind !== FENCED && !(open.kind === HTML && open.htmlEnd !== null)) open.kind = NOTHING;
    return;
  }
  if (line.ind < open.within) open.kind = NOTHING;
  if (line.ind < open.item) {
    // Left of the nested item's content: a lazy line of its paragraph, or the item's end.
    if (open.kind === PARAGRAPH && !interruptsParagraph(line.text) && !markerOf(line.text)) return;
    open.item = 0;
  }
  const kind = open.kind;
  // Inside the nested item, a line is read from the item's content column (sliced there only
  // where a check needs it: most lines are paragraph text).
  const base = open.item;
  const indent = line.ind - base;
  const full = line.text;
  if (kind === FENCED) {
    if (closesFence(fromColumn(full, base), open.fence)) open.kind = NOTHING;
    return;
  }
  if (kind === HTML) {
    if (open.htmlEnd?.test(full)) open.kind = NOTHING;
    return;
  }
  if (indent >= 4) {
    // It goes on with an open paragraph; anywhere else it is indented code (a table ends).
    if (kind !== PARAGRAPH) open.kind = NOTHING;
    return;
  }
  const c = full.charCodeAt(line.ind);
  if (c === 96 || c === 126 || c === 60 /* ` ~ < */) {
    if (opensCodeOrHtml(open, fromColumn(full, base), indent, kind === PARAGRAPH)) {
      open.within = base;
      return;
    }
    if (c === 60) {
      open.kind = PARAGRAPH; // no HTML block: text (an inline tag, maybe)
      open.quoted = false;
      return;
    }
  }
  if (kind === TABLE && !interruptsParagraph(fromColumn(full, base))) return;
  if (
    kind === PARAGRAPH &&
    !open.quoted &&
    previous !== null &&
    (c === 124 || c === 45 || c === 58) /* | - : as a delimiter row starts */ &&
    isTableStart([previous, line], 0)
  ) {
    open.kind = TABLE;
    open.within = base;
    return;
  }
  if (c === 42 || c === 43 || c === 45 || (c >= 48 && c <= 57)) {
    const text = fromColumn(full, base);
    const marker = HR.test(text) ? null : markerOf(text, (line.col ?? 0) + base);
    if (marker !== null) {
      // A list item opens: what its first line starts (a fence, say) is open within it.
      const width = base + marker.width;
      open.item = width;
      // Past the marker's digits, its sign and the spaces after it: its content's first character.
      let at = indent;
      while (isDigit(text.charCodeAt(at))) at++;
      at++;
      while (isSpaceOrTab(text.charCodeAt(at))) at++;
      const first = text.charCodeAt(at);
      if (!marker.empty && (first === 96 || first === 126 || first === 60)) {
        const content = stripped(line, width);
        if (content.ind < 4 && opensCodeOrHtml(open, content.text, content.ind, false)) {
          open.within = width;
          return;
        }
      }
    }
  }
  // A line going on with a quoted paragraph (lazily, in the quote) leaves it quoted.
  if (!(open.quoted && kind === PARAGRAPH && !interruptsParagraph(fromColumn(full, base)))) {
    open.quoted = c === 62; /* > */
  }
  open.kind = leavesParagraphOpen(full, base) ? PARAGRAPH : NOTHING;
}

/** `text` from its column `base` on (no copy for 0). */
const fromColumn = (text: string, base: number) => (base > 0 ? text.slice(base) : text);

/** Whether `text` opens a fenced code block or an HTML block, noted in `open` if it does. */
function opensCodeOrHtml(open: Open, text: string, indent: number, inParagraph: boolean): boolean {
  const c = text.charCodeAt(indent);
  if ((c === 96 || c === 126) /* ` ~ */ && isFenceOpen(text)) {
    open.kind = FENCED;
    open.fence = (FENCE.exec(text) as RegExpExecArray)[2] as string;
    return true;
  }
  if (c !== 60 /* < */) return false;
  const end = htmlEndOf(text);
  if (end === undefined && (inParagraph || !HTML_7.test(text))) return false;
  open.kind = end?.test(text) ? NOTHING : HTML;
  open.htmlEnd = end ?? null;
  return true;
}

/** Whether `text` closes a fenced code block opened by `fence`. */
function closesFence(text: string, fence: string): boolean {
  const close = FENCE_CLOSE.exec(text);
  return (
    close !== null &&
    (close[1] as string).charCodeAt(0) === fence.charCodeAt(0) &&
    (close[1] as string).length >= fence.length
  );
}

const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

/**
 * Whether a line starts a block that ends a paragraph (lazy continuation stops here too). Without
 * `lists`, a list marker does not count (markdown-it reads no list item 4 columns right of its
 * list's own indentation).
 */
function interruptsParagraph(text: string, lists = true): boolean {
  const indent = indentOf(text);
  if (indent >= 4) return false;
  const c = text.charCodeAt(indent);
  if (c === 35) return ATX.test(text);
  if (c === 96 || c === 126) return isFenceOpen(text);
  if (c === 62) return true;
  if ((c === 42 || c === 45 || c === 95) && HR.test(text)) return true;
  if (c === 60)
    return (
      HTML_1.test(text) || /^ {0,3}<(?:!--|\?|![A-Za-z]|!\[CDATA\[)/.test(text) || HTML_6.test(text)
    );
  if (!(lists && (c === 42 || c === 43 || c === 45 || (c >= 48 && c <= 57)))) return false;
  const item = LIST_ITEM.exec(text);
  if (item) {
    const empty = isBlank(text.slice(item[0].length));
    if (empty) return false;
    return item[3] === undefined || item[3] === '1';
  }
  return false;
}

function paragraph(lines: Line[], start: number, ctx: Context, blocks: Block[]): number {
  // A link reference definition is not text; the line after one starts afresh (it may open a
  // list, a fence, a quote… or hold another definition).
  const line = lines[start] as Line;
  if (line.text.charCodeAt(line.ind) === 91 /* [ */) {
    const next = referenceDefinition(lines, start, ctx);
    if (next !== -1) return next;
  }
  const first = start;
  const texts: string[] = [trimSpaces(line.text)];
  let i = start + 1;
  while (i < lines.length) {
    const next = lines[i] as Line;
    const text = next.text;
    if (blank(next)) break;
    if (next.lazy) {
      texts.push(trimSpaces(text));
      i++;
      continue;
    }
    const lead = text.charCodeAt(next.ind);
    const setext = lead === 61 || lead === 45 ? SETEXT.exec(text) : null;
    if (setext) {
      blocks.push({
        type: 'heading',
        depth: (setext[1] as string)[0] === '=' ? 1 : 2,
        text: texts.join('\n'),
        place: placeOf(ctx, (lines[first] as Line).n, (lines[i] as Line).n),
      });
      return i + 1;
    }
    if (interruptsParagraph(text) || isTableStart(lines, i)) break;
    texts.push(trimSpaces(text));
    i++;
  }
  blocks.push({
    type: 'paragraph',
    text: texts.join('\n'),
    place: placeOf(ctx, (lines[first] as Line).n, (lines[i - 1] as Line).n),
  });
  return i;
}

/**
 * The link reference definition at `lines[start]` (whose first non-space character is `[`), read
 * as markdown-it 15 reads one: the destination and the title may each start on the next line,
 * and the label and the title may run over several, until a blank line or a line that starts
 * another block. Records the label and returns the index of the line after the definition, or
 * -1 when there is none.
 */
function referenceDefinition(lines: Line[], start: number, ctx: Context): number {
  const first = lines[start] as Line;
  if (!mayDefineReference(first.text, first.ind + 1)) return -1;
  // Most definitions fit on their line with nothing escaped (`[1]: https://…`): one regex.
  const simple = SIMPLE_REFERENCE.exec(first.text);
  if (simple !== null && (simple[3] !== undefined || !mayHoldTitle(lines, start + 1))) {
    const destination = (simple[2] as string).replace(/^<([^>]*)>$/, '$1');
    return define(ctx, simple[1] as string, destination) ? start + 1 : -1;
  }
  const at = new Cursor(lines, start);
  at.pos++;
  // The label: no unescaped `[`, at most 999 characters (counted with line ends), then `]:`.
  let label = '';
  let from = at.pos;
  for (;;) {
    if (label.length + at.pos - from > 2 * MAX_LABEL) return -1;
    if (at.pos >= at.text.length) {
      label += `${at.text.slice(from)}\n`;
      if (!at.nextLine()) return -1;
      from = at.pos;
      continue;
    }
    const c = at.text.charCodeAt(at.pos);
    if (c === 91 /* [ */) return -1;
    if (c === 93 /* ] */) break;
    at.pos += c === 92 /* \ */ && at.pos + 1 < at.text.length ? 2 : 1;
  }
  if (at.text.charCodeAt(at.pos + 1) !== 58 /* : */) return -1;
  label += at.text.slice(from, at.pos);
  if (label.length > MAX_LABEL && [...label].length > MAX_LABEL) return -1;
  at.pos += 2;
  at.skipWhiteSpace();
  const destinationStart = at.pos;
  const destinationPos = destinationEnd(at.text, at.pos);
  if (destinationPos === -1) return -1;
  const destinationLine = at.k;
  at.pos = destinationPos;
  const angled = at.text.charCodeAt(destinationStart) === 60; /* < */
  const destination = at.text.slice(
    destinationStart + (angled ? 1 : 0),
    angled ? destinationPos - 1 : destinationPos,
  );
  // markdown-it reads a destination on past a backslash that ends its line (into the next
  // line's source), and then finds no title: the definition ends on this line.
  if (angled || at.pos < at.text.length || !/(?:^|[^\\])(?:\\\\)*\\$/.test(destination)) {
    at.skipWhiteSpace();
  }
  // A title, set off from the destination by white space, may run over several lines.
  let titled = false;
  const open = at.text.charCodeAt(at.pos);
  if (
    (at.k !== destinationLine || at.pos !== destinationPos) &&
    (open === 34 || open === 39 || open === 40)
  ) {
    const close = open === 40 /* ( */ ? 41 : open;
    at.pos++;
    while (at.pos < at.text.length || at.nextLine()) {
      const c = at.text.charCodeAt(at.pos);
      if (c === close) {
        titled = true;
        at.pos++;
        break;
      }
      if (c === 40 && close === 41) break;
      at.pos += c === 92 /* \ */ ? 2 : 1;
    }
  }
  if (!titled) at.moveTo(destinationLine, destinationPos);
  at.skipSpaces();
  if (at.pos < at.text.length && titled) {
    // Text after the title: the definition ends with its destination, if that ends its line.
    at.moveTo(destinationLine, destinationPos);
    at.skipSpaces();
  }
  if (at.pos < at.text.length) return -1;
  return define(ctx, label, destination) ? at.k + 1 : -1;
}

/**
 * A definition on one line with nothing escaped, its title (if any) closed on the line; any
 * other is left to the full reading (white space or a control character in the destination,
 * say).
 */
const SIMPLE_REFERENCE =
  /^ {0,3}\[([^\\[\]]{1,999})\]:[ \t]*(<[^<>\\]*>|[^\s\p{Cc}<>()\\]+)(?:[ \t]+("[^"\\]*"|'[^'\\]*'|\([^()\\]*\)))?[ \t]*$/u;

/** Record a definition unless its label is empty or its URL one markdown-it refuses. */
function define(ctx: Context, label: string, destination: string): boolean {
  const key = label.trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase();
  if (key === '' || !allowedLink(destination)) return false;
  if (!ctx.references.has(key)) ctx.references.set(key, destination);
  return true;
}

/** Whether `lines[k]` may hold the title of a definition whose destination ends the line before. */
function mayHoldTitle(lines: Line[], k: number): boolean {
  const line = lines[k];
  if (line === undefined || blank(line)) return false;
  const c = line.text.charCodeAt(line.ind);
  return (c === 34 || c === 39 || c === 40) /* " ' ( */ && continuesDefinition(lines, k);
}

/** A place in a container's lines, for reading a definition that may run over several. */
class Cursor {
  readonly lines: Line[];
  k: number;
  text: string;
  pos: number;

  constructor(lines: Line[], k: number) {
    this.lines = lines;
    this.k = k;
    this.text = (lines[k] as Line).text;
    this.pos = (lines[k] as Line).ind;
  }

  /** Move to the next line's first non-space character, if the definition may go on there. */
  nextLine(): boolean {
    if (!continuesDefinition(this.lines, this.k + 1)) return false;
    this.moveTo(this.k + 1, (this.lines[this.k + 1] as Line).ind);
    return true;
  }

  moveTo(k: number, pos: number): void {
    this.k = k;
    this.text = (this.lines[k] as Line).text;
    this.pos = pos;
  }

  /** Skip spaces and tabs on this line. */
  skipSpaces(): void {
    while (isSpaceOrTab(this.text.charCodeAt(this.pos))) this.pos++;
  }

  /** Skip spaces, tabs and line ends, where the definition may go on. */
  skipWhiteSpace(): void {
    for (;;) {
      this.skipSpaces();
      if (this.pos < this.text.length || !this.nextLine()) return;
    }
  }
}

/**
 * Whether the line may start a definition: a quick look for the common link (`[text](url)`,
 * `[text][ref]`), whose label closes on its first line without a `:` after it.
 */
function mayDefineReference(text: string, from: number): boolean {
  for (let pos = from; pos < text.length; pos++) {
    const c = text.charCodeAt(pos);
    if (c === 91 /* [ */) return false;
    if (c === 93 /* ] */) return text.charCodeAt(pos + 1) === 58; /* : */
    if (c === 92 /* \ */) pos++;
  }
  return true;
}

/** Labels longer than this many characters are not labels (CommonMark's limit). */
const MAX_LABEL = 999;

/** Whether a link reference definition may go on at `lines[k]`. */
function continuesDefinition(lines: Line[], k: number): boolean {
  const line = lines[k];
  if (line === undefined || blank(line)) return false;
  if (line.lazy || line.ind >= 4) return true;
  // Any list marker ends a definition, even one that could not interrupt a paragraph.
  return !(interruptsParagraph(line.text) || markerOf(line.text) || isTableStart(lines, k));
}

/**
 * The end of the link destination at `start`: `<…>` on one line, or a run of non-space
 * characters whose parentheses balance (32 deep at most). -1 when there is none.
 */
function destinationEnd(text: string, start: number): number {
  let pos = start;
  if (text.charCodeAt(pos) === 60 /* < */) {
    for (pos++; pos < text.length; pos++) {
      const c = text.charCodeAt(pos);
      if (c === 60) return -1;
      if (c === 62 /* > */) return pos + 1;
      if (c === 92 /* \ */) pos++;
    }
    return -1;
  }
  let depth = 0;
  for (; pos < text.length; pos++) {
    const c = text.charCodeAt(pos);
    if (c <= 32 || c === 127) break;
    if (c === 92 /* \ */ && pos + 1 < text.length) {
      if (text.charCodeAt(pos + 1) !== 32) pos++;
    } else if (c === 40 /* ( */) {
      if (++depth > 32) return -1;
    } else if (c === 41 /* ) */) {
      if (depth === 0) break;
      depth--;
    }
  }
  return pos === start || depth !== 0 ? -1 : pos;
}

/** markdown-it defines no reference to a script or file URL (nor data, but for images). */
function allowedLink(destination: string): boolean {
  const url = destination.charCodeAt(0) <= 32 ? destination.trim() : destination;
  const c = url.charCodeAt(0) | 32; // lower case, for a letter
  if (c !== 100 && c !== 102 && c !== 106 && c !== 118) return true; // d f j v
  const lower = url.toLowerCase();
  return (
    !/^(?:vbscript|javascript|file|data):/.test(lower) ||
    /^data:image\/(?:gif|png|jpeg|webp);/.test(lower)
  );
}

function blockquote(lines: Line[], start: number, ctx: Context, blocks: Block[]): number {
  const inner: Line[] = [];
  let i = start;
  const open = opened();
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (QUOTE.test(line.text)) {
      const content = quoted(line);
      inner.push(content);
      advanceOpen(open, content);
      i++;
    } else if (
      open.kind === PARAGRAPH &&
      !blank(line) &&
      !interruptsParagraph(line.text) &&
      !markerOf(line.text)
    ) {
      const lazy = { ...line, lazy: true };
      inner.push(lazy);
      open.previous = lazy;
      i++;
    } else break;
  }
  const last = inner[inner.length - 1] as Line;
  blocks.push({
    type: 'blockquote',
    children: parseContainer(inner, { ...ctx, depth: ctx.depth + 1 }),
    place: placeOf(ctx, (lines[start] as Line).n, last.n),
  });
  return i;
}

/** A block quote line's content: after the `>` and the one space (or tab column) it may take. */
function quoted(line: Line): Line {
  const at = line.text.indexOf('>') + 1;
  if (line.raw === undefined) {
    const text = line.text;
    return makeLine(line.n, text.slice(text.charCodeAt(at) === 32 ? at + 1 : at));
  }
  const col = (line.col as number) + at;
  const rest = cutColumns(line.raw, line.col as number, at, false);
  const c = rest.charCodeAt(0);
  if (c === 32 || c === 9) return contentLine(line.n, cutColumns(rest, col, 1, true), col + 1);
  return contentLine(line.n, rest, col);
}

interface Marker {
  indent: number;
  bullet: string;
  ordered: boolean;
  /** Columns from the line start to the item's content. */
  width: number;
  empty: boolean;
}

/** The list marker `text` starts with, if any; `col` is the source column `text` starts at. */
function markerOf(text: string, col = 0): Marker | null {
  const match = LIST_ITEM.exec(text);
  if (!match) return null;
  const indent = (match[1] as string).length;
  const marker = match[2] as string;
  const after = match[5] as string;
  let spaces = after.length;
  if (after.includes('\t')) {
    // A tab after the marker reaches the next tab stop: count the columns, not the characters.
    const from = col + indent + marker.length;
    spaces = expandLeadingTabs(after, from).length;
  }
  const empty = isBlank(text.slice(match[0].length));
  const gap = empty ? 1 : spaces >= 5 ? 1 : spaces;
  return {
    indent,
    bullet: match[4] ?? marker,
    ordered: match[3] !== undefined,
    width: indent + marker.length + gap,
    empty,
  };
}

function list(lines: Line[], start: number, ctx: Context, blocks: Block[]): number {
  const first = markerOf((lines[start] as Line).text, (lines[start] as Line).col) as Marker;
  const items: ListItem[] = [];
  let i = start;
  while (i < lines.length) {
    const line = lines[i] as Line;
    const marker = markerOf(line.text, line.col);
    if (
      !marker ||
      marker.bullet !== first.bullet ||
      marker.ordered !== first.ordered ||
      line.ind >= 4
    )
      break;
    if (items.length > 0 && HR.test(line.text)) break;
    const content: Line[] = [
      marker.empty ? { n: line.n, text: '', ind: 0 } : stripped(line, marker.width),
    ];
    let k = i + 1;
    let previousBlank = marker.empty;
    const open = opened();
    advanceOpen(open, content[0] as Line);
    while (k < lines.length) {
      const next = lines[k] as Line;
      if (blank(next)) {
        // An empty item followed by a blank line ends there.
        if (marker.empty && content.length === 1) break;
        const inner = stripped(next, Math.min(marker.width, next.text.length));
        content.push(inner);
        advanceOpen(open, inner);
        previousBlank = true;
        k++;
        continue;
      }
      if (next.lazy) {
        if (open.kind !== PARAGRAPH) break;
        content.push(next);
        open.previous = next;
        k++;
        continue;
      }
      if (next.ind >= marker.width) {
        const inner = stripped(next, marker.width);
        content.push(inner);
        previousBlank = false;
        advanceOpen(open, inner);
        k++;
        continue;
      }
      // A line left of the item's content is never 4 columns right of the item's paragraph:
      // indented 4 or more, it still ends the paragraph by what it starts (an HTML block, a
      // fence…), though not as a list item.
      if (
        !previousBlank &&
        open.kind === PARAGRAPH &&
        !(next.ind >= 4
          ? interruptsParagraph(next.text.slice(next.ind), false)
          : interruptsParagraph(next.text)) &&
        !markerOf(next.text) &&
        (open.quoted || !headsTableInItem(lines, k, marker.width + open.item))
      ) {
        const lazy = { ...next, lazy: true };
        content.push(lazy);
        open.previous = lazy;
        k++;
        continue;
      }
      break;
    }
    // Blank lines at the end stay in the item: a fenced code block left open there holds them.
    let last = content.length - 1;
    while (last > 0 && blank(content[last] as Line)) last--;
    const children = parseContainer(content, { ...ctx, depth: ctx.depth + 1 });
    const head = children[0];
    let text = '';
    let textLine = line.n;
    // The item's text is its first block if that is a paragraph, even one starting on the line
    // after an empty marker (`-` then `  foo`).
    if (head?.type === 'paragraph') {
      text = head.text;
      textLine = head.place.start.line;
      children.shift();
    }
    const item: ListItem = {
      text,
      place: placeOf(ctx, line.n, (content[last] as Line).n),
      textLine,
      children,
    };
    const task = /^\[([ xX])\]\s/.exec(text);
    if (task) {
      item.checked = task[1] !== ' ';
      item.text = text.slice(4);
    }
    items.push(item);
    i = k;
    while (i < lines.length && blank(lines[i] as Line)) i++;
    if (i >= lines.length || !markerOf((lines[i] as Line).text)) {
      i = k;
      break;
    }
  }
  const lastItem = items[items.length - 1] as ListItem;
  const block: ListBlock = {
    type: 'list',
    ordered: first.ordered,
    items,
    place: { start: (items[0] as ListItem).place.start, end: lastItem.place.end },
  };
  blocks.push(block);
  return i;
}

/**
 * Whether `lines[k]`, left of a list item's content, heads a table whose delimiter row is in the
 * item: markdown-it then ends the item's paragraph there (and so the item).
 */
function headsTableInItem(lines: Line[], k: number, width: number): boolean {
  const header = lines[k] as Line;
  const delimiter = lines[k + 1];
  if (delimiter === undefined || delimiter.ind < width || !header.text.includes('|')) return false;
  return isTableStart(
    [makeLine(header.n, header.text.slice(header.ind)), stripped(delimiter, width)],
    0,
  );
}

function isTableStart(lines: Line[], i: number): boolean {
  const delimiterLine = lines[i + 1];
  if (delimiterLine === undefined || !delimiterLine.text.includes('-')) return false;
  const header = (lines[i] as Line | undefined)?.text;
  const delimiter = (lines[i + 1] as Line | undefined)?.text;
  if (header === undefined || delimiter === undefined) return false;
  if (!header.includes('|') || indentOf(header) >= 4 || indentOf(delimiter) >= 4) return false;
  // A header of empty cells makes a table too (`|  |  |`); a lone pipe is no cell at all.
  if (header.trim() === '|' || (lines[i + 1] as Line).lazy) return false;
  if (!TABLE_DELIMITER.test(delimiter) || !delimiter.includes('-')) return false;
  if (!delimiter.includes('|') && !header.trim().startsWith('|')) return false;
  // As in markdown-it, a delimiter row has two characters at least and `- ` starts a list item.
  const second = delimiter.charCodeAt(delimiterLine.ind + 1);
  if (
    Number.isNaN(second) ||
    (delimiter.charCodeAt(delimiterLine.ind) === 45 && isSpaceOrTab(second))
  )
    return false;
  return splitTableRow(header).length === splitTableRow(delimiter).length;
}

function table(lines: Line[], start: number, ctx: Context, blocks: Block[]): number {
  const header = lines[start] as Line;
  const rows: TableRow[] = [];
  let i = start + 2;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (blank(line) || line.ind >= 4 || interruptsParagraph(line.text) || markerOf(line.text))
      break;
    rows.push({ cells: splitTableRow(line.text), place: placeOf(ctx, line.n, line.n) });
    i++;
  }
  const block: TableBlock = {
    type: 'table',
    columns: splitTableRow(header.text),
    rows,
    place: placeOf(ctx, header.n, (lines[i - 1] as Line).n),
    headerPlace: placeOf(ctx, header.n, header.n),
  };
  blocks.push(block);
  return i;
}

/** Index of the last line of an HTML block starting at `start`, or -1 if none starts there. */
function htmlBlockEnd(lines: Line[], start: number, inParagraph: boolean): number {
  const text = (lines[start] as Line).text;
  const endWhen = (test: (line: string) => boolean) => {
    for (let k = start; k < lines.length; k++) if (test((lines[k] as Line).text)) return k;
    let last = lines.length - 1;
    while (last > start && blank(lines[last] as Line)) last--;
    return last;
  };
  const untilBlank = () => {
    let k = start;
    while (k + 1 < lines.length && !blank(lines[k + 1] as Line)) k++;
    return k;
  };
  const end = htmlEndOf(text);
  if (end) return endWhen((line) => end.test(line));
  if (end === null || (!inParagraph && HTML_7.test(text))) return untilBlank();
  return -1;
}

/** Whether an HTML block (of any kind) starts with `text`, where no paragraph is open. */
function startsHtmlBlock(text: string): boolean {
  return /^ {0,3}</.test(text) && (htmlEndOf(text) !== undefined || HTML_7.test(text));
}

/** HTML block starts (kinds 1 to 5) with the marker that ends their block. */
const HTML_UNTIL_MARKER: [RegExp, RegExp][] = [
  [HTML_1, HTML_1_END],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/**
 * How an HTML block starting with `text` ends: the end marker of kinds 1 to 5, null for kind 6
 * (at a blank line), undefined when no block of those kinds starts (kind 7 is left to callers:
 * it cannot interrupt a paragraph).
 */
function htmlEndOf(text: string): RegExp | null | undefined {
  for (const [start, end] of HTML_UNTIL_MARKER) if (start.test(text)) return end;
  return HTML_6.test(text) ? null : undefined;
}
