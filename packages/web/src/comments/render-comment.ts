import { getPreset, parseDocument } from '@designdoc/core';
import { renderDocument } from '@designdoc/core/render';

const TEMPLATE = getPreset('tdd');

/**
 * A comment's Markdown as HTML, through the core's renderer and sanitiser like a document (so
 * no script, event handler or unsafe URL survives); loaded on demand with the core. A leading
 * blank line keeps a body that starts with `---` from being read as front matter.
 */
export function renderComment(markdown: string): string {
  return renderDocument(parseDocument(`\n${markdown}`, TEMPLATE)).html;
}
