import {
  Composer,
  type CST,
  type Document,
  type DocumentOptions,
  Lexer,
  type LineCounter,
  type ParseOptions,
  Parser,
  type SchemaOptions,
  YAMLParseError,
} from 'yaml';

/**
 * How deeply collections may nest in the YAML designdoc reads (front matter, template specs).
 * Real specs nest fewer than 10 levels. The `yaml` composer recurses once per level and overflowed
 * the stack near 800 levels of `[`; its parser takes about 7 µs a level, so 5 MB of `[` took
 * some 35 s before failing. Reading stops at the first collection past this depth instead.
 */
export const MAX_YAML_DEPTH = 64;

export type YamlOptions = ParseOptions & DocumentOptions & SchemaOptions;

/**
 * Parse one YAML document as `yaml`'s `parseDocument` does, except that a text whose collections
 * nest deeper than MAX_YAML_DEPTH stops being read there: the document is then empty and its one
 * error (`RESOURCE_EXHAUSTION`) says where. Never throws for what the text holds.
 */
export function parseYamlDocument(
  source: string,
  options: YamlOptions & { lineCounter?: LineCounter } = {},
): Document.Parsed {
  const parser = new Parser(options.lineCounter?.addNewLine);
  options.lineCounter?.addNewLine(0);
  const tokens: CST.Token[] = [];
  for (const lexeme of new Lexer().lex(source)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.length > MAX_YAML_DEPTH && openCollections(parser.stack) > MAX_YAML_DEPTH)
      return tooDeep(source, parser.offset, options);
  }
  for (const token of parser.end()) tokens.push(token);
  const composer = new Composer(options);
  let document: Document.Parsed | undefined;
  for (const composed of composer.compose(tokens, true, source.length)) {
    if (!document) document = composed;
    else {
      const [start, end] = composed.range;
      document.errors.push(
        new YAMLParseError([start, end], 'MULTIPLE_DOCS', 'Source contains multiple documents'),
      );
      break;
    }
  }
  return document as Document.Parsed;
}

/** How many of the parser's open tokens are collections (the rest are documents and scalars). */
function openCollections(stack: CST.Token[]): number {
  let count = 0;
  for (const token of stack)
    if (
      token.type === 'block-map' ||
      token.type === 'block-seq' ||
      token.type === 'flow-collection'
    )
      count++;
  return count;
}

function tooDeep(source: string, offset: number, options: YamlOptions): Document.Parsed {
  const [empty] = new Composer(options).compose([], true, source.length);
  const document = empty as Document.Parsed;
  document.errors.push(
    new YAMLParseError(
      [offset, offset + 1],
      'RESOURCE_EXHAUSTION',
      `Collections nest deeper than ${MAX_YAML_DEPTH} levels`,
    ),
  );
  return document;
}
