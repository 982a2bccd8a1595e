import { isMap, isScalar, LineCounter } from 'yaml';
import { parseYamlDocument } from '../yaml/parse-yaml.js';
import type { LineIndex, Place } from './position.js';

/** The YAML front matter block of a document, parsed with places for each key. */
export interface FrontMatterBlock {
  /** The parsed mapping, or null when the YAML is not a mapping or does not parse. */
  data: Record<string, unknown> | null;
  /** Place of the whole block, fences included. */
  place: Place;
  /** Place of each top-level key (the key token). */
  keys: Map<string, Place>;
  /** Place of each top-level value. */
  values: Map<string, Place>;
  errors: { message: string; place: Place }[];
  /** Number of source lines the block spans, fences included. */
  lineCount: number;
}

const OPEN = /^---[ \t]*\r?$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*\r?$/;

/**
 * Find `---` front matter at the very start of the source (returns null when there is none).
 * With `byteOrderMark`, the source's first character is a byte order mark or what stands for it
 * (`parseDocument` keeps its column as a space), and the fence starts after it.
 */
export function readFrontMatter(
  source: string,
  lines: LineIndex,
  byteOrderMark = source.charCodeAt(0) === 0xfeff,
): FrontMatterBlock | null {
  const skip = byteOrderMark ? 1 : 0;
  if (!source.startsWith('---', skip) || !OPEN.test(lines.lineText(1).slice(skip))) return null;
  let closeLine = 0;
  for (let line = 2; line <= lines.lineCount; line++) {
    if (CLOSE.test(lines.lineText(line))) {
      closeLine = line;
      break;
    }
  }
  if (closeLine === 0) return null;
  const yamlStart = lines.starts[1] as number;
  const yamlEnd = lines.starts[closeLine - 1] as number;
  const yamlText = source.slice(yamlStart, yamlEnd);
  const place = lines.lines(1, closeLine);
  const block: FrontMatterBlock = {
    data: null,
    place,
    keys: new Map(),
    values: new Map(),
    errors: [],
    lineCount: closeLine,
  };
  if (readSimpleFrontMatter(closeLine, lines, block)) return block;
  const counter = new LineCounter();
  const doc = parseYamlDocument(yamlText, { lineCounter: counter, uniqueKeys: true });
  const toPlace = (range: readonly number[] | null | undefined): Place => {
    if (!range) return place;
    const start = lines.pointAtOffset(yamlStart + (range[0] ?? 0));
    const end = lines.pointAtOffset(yamlStart + (range[1] ?? range[0] ?? 0));
    return { start, end };
  };
  for (const error of doc.errors) {
    block.errors.push({
      message: error.message.split('\n')[0] ?? error.message,
      place: toPlace(error.pos),
    });
  }
  if (block.errors.length > 0) return block;
  if (doc.contents === null) {
    block.data = {};
    return block;
  }
  if (!isMap(doc.contents)) {
    block.errors.push({ message: 'Front matter must be a YAML mapping of keys to values', place });
    return block;
  }
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key)) {
      const key = String(pair.key.value);
      block.keys.set(key, toPlace(pair.key.range));
      const value = pair.value as { range?: number[] } | null;
      block.values.set(key, toPlace(value?.range ?? pair.key.range));
    }
  }
  try {
    block.data = doc.toJS({ maxAliasCount: 50 }) as Record<string, unknown>;
  } catch (error) {
    // Unresolved aliases and alias bombs surface only here.
    block.errors.push({ message: (error as Error).message, place });
  }
  return block;
}

const SIMPLE_KEY = /^([A-Za-z_][\w-]*):(?:[ \t]+(.*?))?[ \t]*$/;
const SIMPLE_ITEM = /^[ \t]+-[ \t]+(.*?)[ \t]*$/;
const PLAIN_SCALAR = /^[^\s#&*!|>%@`"'[\]{},?:-](?:[^#:]|:(?! )|#(?<! #))*$|^-[^\s-]/;

/**
 * The fast path for the front matter nearly every design document has: top-level `key: value`
 * pairs with plain or simply quoted scalars, `[a, b]` lists and `- item` lists. Anything else
 * (nesting, block scalars, anchors, comments, escapes, duplicate keys) returns false and goes to
 * the full YAML parser, which also reports errors. Values are read as YAML's core schema reads
 * them; the differential test in front-matter.test.ts holds the two readers together.
 */
function readSimpleFrontMatter(
  closeLine: number,
  lines: LineIndex,
  block: FrontMatterBlock,
): boolean {
  const data: Record<string, unknown> = {};
  let listKey: string | null = null;
  for (let line = 2; line < closeLine; line++) {
    const text = lines.lineText(line);
    if (text.trim() === '') {
      listKey = null;
      continue;
    }
    const item = listKey ? SIMPLE_ITEM.exec(text) : null;
    if (item && listKey) {
      const value = simpleScalar(item[1] as string);
      if (value === undefined) return false;
      (data[listKey] as unknown[]).push(value);
      const end = lines.point(line, text.length + 1);
      block.values.set(listKey, { start: (block.values.get(listKey) as Place).start, end });
      continue;
    }
    const pair = SIMPLE_KEY.exec(text);
    if (!pair) return false;
    const key = pair[1] as string;
    if (key in data || key === '__proto__') return false;
    const raw = pair[2] ?? '';
    block.keys.set(key, lines.span(line, 1, key.length + 1));
    const valueStart = text.indexOf(raw, key.length + 1) + 1;
    block.values.set(
      key,
      raw === ''
        ? lines.span(line, key.length + 2, key.length + 2)
        : lines.span(line, valueStart, valueStart + raw.length),
    );
    listKey = null;
    if (raw === '') {
      data[key] = null;
      const next = lines.lineText(line + 1);
      if (line + 1 < closeLine && SIMPLE_ITEM.test(next)) {
        data[key] = [];
        listKey = key;
      }
      continue;
    }
    if (raw.startsWith('[')) {
      if (!raw.endsWith(']') || /["'[\]{}#]/.test(raw.slice(1, -1))) return false;
      const inner = raw.slice(1, -1).trim();
      const values = inner === '' ? [] : inner.split(',').map((part) => simpleScalar(part.trim()));
      if (values.some((v) => v === undefined || v === null)) return false;
      data[key] = values;
      continue;
    }
    const value = simpleScalar(raw);
    if (value === undefined) return false;
    data[key] = value;
  }
  block.data = data;
  return true;
}

/** A scalar as YAML 1.2's core schema reads it, or undefined when it is not a simple one. */
function simpleScalar(raw: string): unknown {
  if (raw === '' || raw === '~' || raw === 'null' || raw === 'Null' || raw === 'NULL') return null;
  if (raw === 'true' || raw === 'True' || raw === 'TRUE') return true;
  if (raw === 'false' || raw === 'False' || raw === 'FALSE') return false;
  if (/^[-+]?\d+$/.test(raw)) return Number.isSafeInteger(Number(raw)) ? Number(raw) : undefined;
  if (/^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/.test(raw)) return Number(raw);
  if (/^'[^']*'$/.test(raw)) return raw.slice(1, -1);
  if (/^"[^"\\]*"$/.test(raw)) return raw.slice(1, -1);
  if (/^0x|^0o|^[-+]?\.(?:inf|nan)$/i.test(raw)) return undefined;
  return PLAIN_SCALAR.test(raw) ? raw : undefined;
}
