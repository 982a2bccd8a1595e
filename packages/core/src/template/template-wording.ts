import type { Block, ListItem } from '../markdown/blocks.js';
import { plainText } from '../markdown/inline-text.js';

/**
 * What blank templates say about themselves, read as data: which parts are optional, which
 * headings are stand-ins for the author's own titles, which text is guidance. The patterns come
 * from how real templates word these things (MADR, Swift Evolution, Go design docs, React and
 * Rust RFCs, KEPs); docs/template-spec.md lists them.
 */

/** "(Optional)", "(if applicable)", "[optional]" or "*optional*" written in a heading or after a label. */
const OPTIONAL_MARK =
  /\s*(?:\(\s*(?:optional|if applicable|if any|if needed|when applicable|leave (?:this|it) (?:empty|blank))\s*\)|\[\s*(?:optional|if applicable)\s*\]|[*_]\s*(?:optional|if applicable|if any|if needed)\s*[*_])\s*/i;

/** Guidance that makes the part it belongs to optional. */
const OPTIONAL_GUIDANCE =
  /\b(?:(?:this|the) (?:section|element|part|field|heading) is optional|optional element|^\s*optional\b|optional,|optional but|omit (?:this|the) (?:section|element|part)|(?:may|can) be (?:omitted|left out|removed|skipped|deleted)|feel free to (?:remove|delete|omit)|(?:remove|delete|omit) (?:this|the) (?:section|heading|element|part) if|if (?:it(?:'s| is)|this is|this section is) not (?:applicable|relevant|needed)|add the following (?:fields|sections) as needed)/im;

/** Strip an optional marker from a heading title or a field value; says whether there was one. */
export function stripOptionalMark(text: string): { text: string; optional: boolean } {
  const match = OPTIONAL_MARK.exec(text);
  if (!match) return { text, optional: false };
  const stripped = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`
    .replace(/\s+/g, ' ')
    .trim();
  return { text: stripped, optional: true };
}

/** Whether guidance text says its part of the template is optional. */
export function saysOptional(text: string): boolean {
  return OPTIONAL_GUIDANCE.test(text);
}

/** A heading that is only a stand-in for the author's own title: `### {title of option 1}`. */
export function isPlaceholderTitle(text: string): boolean {
  const title = text.trim();
  return (
    /^\{[^{}]+\}$/.test(title) ||
    /^\[[^[\]]+\](?![(:[])$/.test(title) ||
    /^<[^<>]+>$/.test(title) ||
    /^_{3,}$/.test(title)
  );
}

/** The visible text of a block of guidance (comments unwrapped), as one line. */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return oneLine(block.text);
    case 'html':
      return oneLine(block.value.replace(/<!--|-->/g, ' '));
    case 'blockquote':
      return block.children.map(blockText).join(' ').trim();
    case 'list':
      return block.items.map((item) => oneLine(item.text)).join(' ');
    default:
      return '';
  }
}

/** An HTML block that is nothing but comments. */
export function isCommentBlock(block: Block): boolean {
  return block.type === 'html' && /^\s*(?:<!--[\s\S]*?-->\s*)+$/.test(block.value);
}

/** Text on one line, inline HTML comments dropped, runs of white space as one space. */
export function oneLine(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A table of contents: a list (nested or not) whose every item is a link to a heading of the
 * same document, or a list announced by a `<!-- toc -->` comment.
 */
export function isTableOfContents(block: Block, previous: Block | undefined): boolean {
  if (block.type !== 'list') return false;
  if (previous && previous.type === 'html' && /<!--\s*toc\s*-->/i.test(previous.value)) return true;
  const items = flattenItems(block.items);
  return (
    items.length >= 2 && items.every((item) => /^\[[^\]]+\]\(#[^)\s]*\)\s*$/.test(item.text.trim()))
  );
}

/** A checklist: a list whose every item (nested ones included) is a task item `- [ ] …`. */
export function isChecklist(block: Block): boolean {
  if (block.type !== 'list') return false;
  const items = flattenItems(block.items);
  return items.length > 0 && items.every((item) => item.checked !== undefined);
}

/** A list's items with the items of lists nested in them, in document order. */
export function flattenItems(items: ListItem[]): ListItem[] {
  const out: ListItem[] = [];
  for (const item of items) {
    out.push(item);
    for (const child of item.children)
      if (child.type === 'list') out.push(...flattenItems(child.items));
  }
  return out;
}

/** Sections whose items are the document's unanswered points. */
export function isQuestionsTitle(title: string): boolean {
  return /^(?:unresolved|open|outstanding|pending) (?:questions?|issues?|points?|items?)$|^questions$/.test(
    plainText(title)
      .toLowerCase()
      .replace(/[^a-z ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** The first sentence of a guidance text, for a section's description. */
export function firstSentence(text: string): string | undefined {
  const plain = plainText(text).replace(/^\[|\]$/g, '');
  const match = /^(.{12,200}?[.?!])(?:\s|$)/.exec(plain);
  const sentence = (match?.[1] ?? (plain.length <= 200 ? plain : '')).trim();
  return sentence.split(/\s+/).length >= 3 ? sentence : undefined;
}
