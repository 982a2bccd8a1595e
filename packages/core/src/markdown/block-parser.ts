import type { Block, CodeBlock, ListBlock, ListItem, TableBlock, TableRow } from './blocks.js';
import type { LineIndex } from './position.js';
import { splitTableRow } from './table-row.js';

/**
 * A CommonMark + GFM-tables block parser, written for the lint hot path: one pass over lines,
 * containers (block quotes, list items) parsed by stripping their prefixes and recursing, no
 * inline parsing and no token stream. It is an engine, so it is one file.
 *
 * Why not markdown-it here: on the 9 MB Rust RFC corpus markdown-it's block pass alone costs
 * about 1 s of CPU in a cold process (its token objects dominate the garbage collector), which
 * is half of designdoc's whole time budget (20× faster than markdownlint-cli2). This parser
 * yields the same blocks — a differential test (`block-parser.test.ts`) compares it with
 * markdown-it on every corpus file — at a fraction of the cost. Only the block structure is
 * parsed; rules scan a block's own lines for inline detail.
 */

/** A line of a container's content: its 1-based source line and its text with prefixes removed. */
interface Line {
  n: number;
  text: string;
  /** Leading spaces of `text`, computed once (a line may be stripped at many nesting levels). */
  ind: number;
  /** The line as written (tabs kept), for code block contents; set on document-level lines. */
  raw?: string;
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

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const ATX_EMPTY_CLOSE = /^ {0,3}#{1,6}[ \t]+#+[ \t]*$/;
const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const HR = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const LIST_ITEM = /^( {0,3})([-+*]|(\d{1,9})([.)]))([ \t]+|$)/;
const LIST_ITEM_AT = / {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$)/y;
const QUOTE = /^ {0,3}>/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const REFERENCE =
  /^ {0,3}\[((?:[^\\[\]]|\\.){1,999})\]:[ \t]*(<[^<>\n]*>|[^\s<>]\S*)?(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^()]*\)))?[ \t]*$/;
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
    all[i] = lineText.includes('\t')
      ? makeLine(i + 1, expandLeadingTabs(lineText), lineText)
      : makeLine(i + 1, lineText);
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

function expandLeadingTabs(text: string): string {
  let width = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) width++;
    else if (c === 9) width += 4 - (width % 4);
    else break;
  }
  return ' '.repeat(width) + text.slice(i);
}

function makeLine(n: number, text: string, raw?: string): Line {
  const line: Line = { n, text, ind: indentOf(text) };
  if (raw !== undefined) line.raw = raw;
  return line;
}

/** A container's content line: `line` without its first `width` columns (spaces or a marker). */
function stripped(line: Line, width: number): Line {
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
          .map((l) => l.text.trim())
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
      const content = ATX_EMPTY_CLOSE.test(text) ? '' : (match[2] ?? '').trim();
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
    value: `${body.map((l) => (l.raw?.startsWith('\t') ? l.raw.slice(1) : l.text.slice(4))).join('\n')}\n`,
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
  const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
  let end = start + 1;
  while (end < lines.length && !closing.test((lines[end] as Line).text)) end++;
  const closed = end < lines.length;
  const body = lines.slice(start + 1, end);
  const last = closed ? end : Math.max(start, end - 1);
  for (let k = start; k <= last && k < lines.length; k++) ctx.literal[(lines[k] as Line).n] = 1;
  const strip = (text: string) => {
    let k = 0;
    while (k < indent && text.charCodeAt(k) === 32) k++;
    return text.slice(k);
  };
  const first = lines[start] as Line;
  return {
    block: {
      type: 'code',
      lang: info.split(/\s+/)[0] ?? '',
      value: body.length > 0 ? `${body.map((l) => strip(l.raw ?? l.text)).join('\n')}\n` : '',
      fenced: true,
      place: placeOf(ctx, first.n, (lines[Math.min(last, lines.length - 1)] as Line).n),
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

function balancedParentheses(text: string): boolean {
  // By code unit: a string iterator would make a string per character.
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 /* ( */) depth++;
    else if (c === 41 /* ) */ && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * Whether a container line leaves a paragraph open (so a following unindented line may be a
 * lazy continuation of it): text after any list markers and quote signs that is not a fence,
 * heading, rule, HTML block or indented code.
 */
function leavesParagraphOpen(text: string): boolean {
  // Walk past list markers and quote signs by index (no copies: a line may hold thousands).
  let at = 0;
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
      /^ {0,3}</.test(rest) ||
      SETEXT.test(rest)
    );
  }
  return true;
}

/** Whether a line starts a block that ends a paragraph (lazy continuation stops here too). */
function interruptsParagraph(text: string): boolean {
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
  if (!(c === 42 || c === 43 || c === 45 || (c >= 48 && c <= 57))) return false;
  const item = LIST_ITEM.exec(text);
  if (item) {
    const empty = isBlank(text.slice(item[0].length));
    if (empty) return false;
    return item[3] === undefined || item[3] === '1';
  }
  return false;
}

function paragraph(lines: Line[], start: number, ctx: Context, blocks: Block[]): number {
  let i = start;
  // Link reference definitions at the start of a paragraph are not text.
  while (i < lines.length) {
    const text = (lines[i] as Line).text;
    const reference =
      text.charCodeAt((lines[i] as Line).ind) === 91 /* [ */ ? REFERENCE.exec(text) : null;
    if (!reference || reference[2] === undefined) break;
    const href = (reference[2] as string).replace(/^<|>$/g, '');
    if (!balancedParentheses(href)) break;
    const label = (reference[1] as string).trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase();
    if (label !== '' && !ctx.references.has(label)) ctx.references.set(label, href);
    i++;
  }
  // After definitions the next line starts afresh (it may open a list, a fence, a quote…).
  if (i > start || i >= lines.length || blank(lines[i] as Line)) return i;
  const first = i;
  const texts: string[] = [(lines[i] as Line).text.trim()];
  i++;
  while (i < lines.length) {
    const next = lines[i] as Line;
    const text = next.text;
    if (blank(next)) break;
    if (next.lazy) {
      texts.push(text.trim());
      i++;
      continue;
    }
    const lead = text.charCodeAt(next.ind);
    const setext = lead === 61 || lead === 45 ? SETEXT.exec(text) : null;
    if (setext) {
      blocks.push({
        type: 'heading',
        depth: (setext[1] as string)[0] === '=' ? 1 : 2,
        text: texts.join('\n').trim(),
        place: placeOf(ctx, (lines[first] as Line).n, (lines[i] as Line).n),
      });
      return i + 1;
    }
    if (interruptsParagraph(text) || isTableStart(lines, i)) break;
    texts.push(text.trim());
    i++;
  }
  blocks.push({
    type: 'paragraph',
    text: texts.join('\n').trim(),
    place: placeOf(ctx, (lines[first] as Line).n, (lines[i - 1] as Line).n),
  });
  return i;
}

function blockquote(lines: Line[], start: number, ctx: Context, blocks: Block[]): number {
  const inner: Line[] = [];
  let i = start;
  let lazyAllowed = false;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (QUOTE.test(line.text)) {
      let text = line.text.slice(line.text.indexOf('>') + 1);
      if (text.charCodeAt(0) === 32) text = text.slice(1);
      inner.push(makeLine(line.n, text));
      lazyAllowed = leavesParagraphOpen(text);
      i++;
    } else if (
      lazyAllowed &&
      !blank(line) &&
      !interruptsParagraph(line.text) &&
      !markerOf(line.text)
    ) {
      inner.push({ ...line, lazy: true });
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

interface Marker {
  indent: number;
  bullet: string;
  ordered: boolean;
  /** Columns from the line start to the item's content. */
  width: number;
  empty: boolean;
}

function markerOf(text: string): Marker | null {
  const match = LIST_ITEM.exec(text);
  if (!match) return null;
  const indent = (match[1] as string).length;
  const marker = match[2] as string;
  const spaces = (match[5] as string).length;
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
  const first = markerOf((lines[start] as Line).text) as Marker;
  const items: ListItem[] = [];
  let i = start;
  while (i < lines.length) {
    const line = lines[i] as Line;
    const marker = markerOf(line.text);
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
    let lazyAllowed = !marker.empty && leavesParagraphOpen(line.text.slice(marker.width));
    while (k < lines.length) {
      const next = lines[k] as Line;
      if (blank(next)) {
        // An empty item followed by a blank line ends there.
        if (marker.empty && content.length === 1) break;
        content.push(stripped(next, Math.min(marker.width, next.text.length)));
        previousBlank = true;
        lazyAllowed = false;
        k++;
        continue;
      }
      if (next.lazy) {
        if (!lazyAllowed) break;
        content.push(next);
        k++;
        continue;
      }
      if (next.ind >= marker.width) {
        const inner = stripped(next, marker.width);
        content.push(inner);
        previousBlank = false;
        lazyAllowed = leavesParagraphOpen(inner.text);
        k++;
        continue;
      }
      if (
        !previousBlank &&
        lazyAllowed &&
        !interruptsParagraph(next.text) &&
        !markerOf(next.text)
      ) {
        content.push({ ...next, lazy: true });
        k++;
        continue;
      }
      break;
    }
    while (content.length > 1 && blank(content[content.length - 1] as Line)) content.pop();
    const children = parseContainer(content, { ...ctx, depth: ctx.depth + 1 });
    const head = children[0];
    let text = '';
    let textLine = line.n;
    if (head?.type === 'paragraph' && head.place.start.line === line.n) {
      text = head.text;
      textLine = head.place.start.line;
      children.shift();
    }
    const item: ListItem = {
      text,
      place: placeOf(ctx, line.n, (content[content.length - 1] as Line).n),
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

function isTableStart(lines: Line[], i: number): boolean {
  const delimiterLine = lines[i + 1];
  if (delimiterLine === undefined || !delimiterLine.text.includes('-')) return false;
  const header = (lines[i] as Line | undefined)?.text;
  const delimiter = (lines[i + 1] as Line | undefined)?.text;
  if (header === undefined || delimiter === undefined) return false;
  if (!header.includes('|') || indentOf(header) >= 4 || indentOf(delimiter) >= 4) return false;
  if (header.replace(/[|\s]/g, '') === '' || (lines[i + 1] as Line).lazy) return false;
  if (!TABLE_DELIMITER.test(delimiter) || !delimiter.includes('-')) return false;
  if (!delimiter.includes('|') && !header.trim().startsWith('|')) return false;
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
  if (HTML_1.test(text)) return endWhen((line) => HTML_1_END.test(line));
  if (/^ {0,3}<!--/.test(text)) return endWhen((line) => line.includes('-->'));
  if (/^ {0,3}<\?/.test(text)) return endWhen((line) => line.includes('?>'));
  if (/^ {0,3}<![A-Za-z]/.test(text)) return endWhen((line) => line.includes('>'));
  if (/^ {0,3}<!\[CDATA\[/.test(text)) return endWhen((line) => line.includes(']]>'));
  if (HTML_6.test(text)) return untilBlank();
  if (!inParagraph && HTML_7.test(text)) return untilBlank();
  return -1;
}
