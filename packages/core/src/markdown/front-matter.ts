import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
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

/** Find `---` front matter at the very start of the source (returns null when there is none). */
export function readFrontMatter(source: string, lines: LineIndex): FrontMatterBlock | null {
  if (!source.startsWith('---') || !OPEN.test(lines.lineText(1))) return null;
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
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, {
    lineCounter: counter,
    prettyErrors: false,
    uniqueKeys: true,
  });
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
  block.data = doc.toJS({ maxAliasCount: 50 }) as Record<string, unknown>;
  return block;
}
