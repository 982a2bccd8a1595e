import type { Block } from '../src/markdown/blocks.js';

/** A comparable outline of blocks: what rules depend on (types, texts, lines), nothing else. */
export function blockShape(blocks: Block[]): unknown[] {
  const text = (value: string) => value.replace(/[ \t]*\n[ \t]*/g, '\n');
  return blocks.map((block) => {
    const lines = `${block.place.start.line}-${block.place.end.line}`;
    switch (block.type) {
      case 'heading':
        return ['heading', block.depth, text(block.text), lines];
      case 'paragraph':
        return ['paragraph', text(block.text), lines];
      case 'list':
        return [
          'list',
          block.ordered,
          block.items.map((item) => [
            text(item.text),
            item.textLine,
            item.checked ?? null,
            blockShape(item.children),
          ]),
        ];
      case 'table':
        return [
          'table',
          block.columns,
          block.rows.map((row) => [row.place.start.line, row.cells]),
          lines,
        ];
      case 'code':
        return ['code', block.lang, block.value, block.valueLine, block.fenced];
      case 'html':
        return ['html', block.value.trim(), lines];
      case 'blockquote':
        return ['blockquote', blockShape(block.children)];
      default:
        return ['hr', lines];
    }
  });
}
