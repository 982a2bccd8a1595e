import { parseBlocks } from './block-parser.js';
import type { Block } from './blocks.js';
import { LineIndex } from './position.js';

/** What the Markdown layer hands to the rest of core. */
export interface MarkdownTree {
  blocks: Block[];
  lines: LineIndex;
  /** Link reference definitions (`[label]: url`), by normalised label. */
  references: Map<string, string>;
  /** 1-based lines that are literal text: 1 in code blocks, 2 in HTML blocks (0 elsewhere). */
  literalLines: Uint8Array;
}

/**
 * The one entry to the Markdown parser: blocks with places, reference definitions and the
 * literal-line mask. `parseSource` is the source with front matter lines blanked (same line
 * numbers); places are computed against `source`, through `lines` when the caller already
 * indexed it (indexing a large document is not free).
 */
export function parseMarkdown(
  source: string,
  parseSource: string = source,
  lines: LineIndex = new LineIndex(source),
): MarkdownTree {
  const { blocks, literal, references } = parseBlocks(parseSource, lines);
  return { blocks, lines, references, literalLines: literal };
}
