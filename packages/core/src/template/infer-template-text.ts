import type { Block } from '../markdown/blocks.js';
import { isChecklist, isTableOfContents, oneLine } from './template-wording.js';

/**
 * The template's own wording that a document must replace, one entry per unit of guidance: a
 * whole paragraph (however it was wrapped), a list item, a blockquote's paragraph, a code
 * block, a table cell. Comments are guidance nobody reads in the rendered page, and tables of
 * contents and checklists are structure the document keeps: none of them is recorded.
 */
export function templateTextOf(blocks: Block[]): string[] {
  const text: string[] = [];
  const add = (value: string) => {
    const trimmed = value.trim();
    if (trimmed.split(/\s+/).length >= 3 && !text.includes(trimmed)) text.push(trimmed);
  };
  const visit = (list: Block[]) => {
    for (const [i, block] of list.entries()) {
      if (block.type === 'paragraph') add(oneLine(block.text));
      else if (block.type === 'list') {
        if (isTableOfContents(block, list[i - 1]) || isChecklist(block)) continue;
        for (const item of block.items) {
          add(oneLine(item.text));
          visit(item.children);
        }
      } else if (block.type === 'code') add(block.value);
      else if (block.type === 'table')
        for (const row of block.rows) for (const cell of row.cells) add(cell);
      else if (block.type === 'blockquote') visit(block.children);
    }
  };
  visit(blocks);
  return text;
}
