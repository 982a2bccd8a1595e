import type { Block, HeadingBlock } from '../markdown/blocks.js';
import { readFrontMatter } from '../markdown/front-matter.js';
import { plainText, titleKey } from '../markdown/inline-text.js';
import { parseMarkdown } from '../markdown/parse-markdown.js';
import { LineIndex } from '../markdown/position.js';
import { inferContent, inferHeader } from './infer-content.js';
import { inferFrontMatter, inferStatusVocabulary } from './infer-metadata.js';
import { inferPlaceholders } from './infer-placeholders.js';
import { templateTextOf } from './infer-template-text.js';
import type { SectionSpec, TemplateSpec } from './spec.js';
import {
  blockText,
  firstSentence,
  isCommentBlock,
  isPlaceholderTitle,
  saysOptional,
  stripOptionalMark,
} from './template-wording.js';

export interface InferOptions {
  /** Template name (kebab-case); defaults to one made from the title. */
  name?: string;
  /** Display title when the template has no title heading. */
  title?: string;
}

interface OpenSection {
  spec: SectionSpec;
  blocks: Block[];
  /** The heading's level as the template writes it. */
  level: number;
}

/**
 * Derive a template spec from a blank Markdown template, reading what the template says about
 * itself: headings become sections at the template's own levels (an "(Optional)" heading, one
 * announced by an "optional element" comment or whose guidance says it may be omitted is
 * optional), headings that are stand-ins (`### {title of option 1}`) leave their parent open to
 * the author's own titles, the header's bullet list or `Label:` lines become fields (those
 * marked *if applicable* optional), a Status field or front-matter comment becomes the status
 * vocabulary, tables give columns, bold-labelled bullets fields, "Status: A/B/C" lines and
 * "Unresolved questions" sections questions, task lists checklists, link lists a table of
 * contents. Each block of guidance is remembered whole, so that a document which leaves it in
 * is told so; comments are guidance nobody sees and are never reported.
 */
export function inferTemplate(markdown: string, options: InferOptions = {}): TemplateSpec {
  const lines = new LineIndex(markdown);
  const frontMatterBlock = readFrontMatter(markdown, lines);
  const bodyStart = frontMatterBlock
    ? (lines.starts[frontMatterBlock.lineCount] ?? markdown.length)
    : 0;
  const body = frontMatterBlock
    ? '\n'.repeat(frontMatterBlock.lineCount) + markdown.slice(bodyStart)
    : markdown;
  const { blocks } = parseMarkdown(markdown, body, lines);
  const headings = blocks.filter((b): b is HeadingBlock => b.type === 'heading');
  const first = headings[0];
  const hasTitle =
    first !== undefined && first.depth === 1 && headings.every((h) => h === first || h.depth > 1);
  const title =
    hasTitle && first && !isPlaceholderTitle(plainText(first.text))
      ? plainText(first.text)
      : (options.title ?? humanise(options.name ?? 'template'));
  const spec: TemplateSpec = { name: options.name ?? kebab(title), title, sections: [] };
  if (hasTitle) spec.documentTitle = { level: 1 };
  const yamlText = frontMatterBlock
    ? markdown.slice(lines.starts[1] ?? 0, lines.starts[frontMatterBlock.lineCount - 1] ?? 0)
    : '';
  const metadata = inferFrontMatter(frontMatterBlock, yamlText);
  if (metadata.frontMatter) spec.frontMatter = metadata.frontMatter;

  const preamble: Block[] = [];
  const usedIds = new Set<string>();
  const stack: OpenSection[] = [];
  const all: OpenSection[] = [];
  /** Blocks under a stand-in heading: the author writes their own sections there. */
  let skippingBelow = 0;
  for (const [index, block] of blocks.entries()) {
    if (hasTitle && block === first) continue;
    if (block.type !== 'heading') {
      if (skippingBelow > 0) continue;
      const top = stack[stack.length - 1];
      (top ? top.blocks : preamble).push(block);
      continue;
    }
    if (skippingBelow > 0 && block.depth > skippingBelow) continue;
    skippingBelow = 0;
    // The blocks the previous heading collected: a comment at their end may be about this one.
    const holder = stack[stack.length - 1]?.blocks ?? preamble;
    while (stack.length > 0 && (stack[stack.length - 1] as OpenSection).level >= block.depth)
      stack.pop();
    const rawTitle = plainText(block.text);
    if (isPlaceholderTitle(rawTitle)) {
      skippingBelow = block.depth;
      continue;
    }
    // A comment just above the heading ("This is an optional element") is about this section.
    const before = blocks[index - 1];
    const announcedOptional =
      before !== undefined && isCommentBlock(before) && saysOptional(blockText(before));
    if (announcedOptional && holder[holder.length - 1] === before) holder.pop();
    const marked = stripOptionalMark(rawTitle);
    const parent = stack[stack.length - 1];
    let id = kebab(marked.text);
    if (usedIds.has(id) && parent) id = `${parent.spec.id}-${id}`;
    while (usedIds.has(id)) id = `${id}-2`;
    usedIds.add(id);
    const section: SectionSpec = { id, title: marked.text, level: block.depth };
    if (marked.optional || announcedOptional) section.required = false;
    if (parent) {
      parent.spec.sections ??= [];
      parent.spec.sections.push(section);
    } else spec.sections.push(section);
    const entry = { spec: section, blocks: [] as Block[], level: block.depth };
    stack.push(entry);
    all.push(entry);
  }
  for (const { spec: section, blocks: own } of all) {
    const guidance = own.map(blockText).join(' ');
    if (section.required === undefined && saysOptional(guidance)) section.required = false;
    const content = inferContent(own, section.title);
    if (content.length > 0) section.content = content;
    const text = templateTextOf(own);
    if (text.length > 0) section.templateText = text;
    const prose = own.find((b) => b.type === 'paragraph' || b.type === 'blockquote');
    const described = prose ? firstSentence(blockText(prose)) : undefined;
    if (described) section.description = described;
  }
  addAliasesNamedInGuidance(blocks, all);

  const header = inferHeader(preamble);
  if (header.content.length > 0) spec.preamble = header.content;
  const statusField = header.statusField;
  const status = statusField
    ? inferStatusVocabulary(statusField.written, statusField.label)
    : metadata.statusValues
      ? inferStatusVocabulary(metadata.statusValues)
      : undefined;
  if (status) spec.status = status;
  const preambleText = templateTextOf(preamble);
  if (preambleText.length > 0) spec.preambleText = preambleText;
  spec.placeholders = inferPlaceholders(markdown.slice(bodyStart));
  return spec;
}

/** "delete everything … down to the Introduction section below": a template that renamed a section. */
const NAMED_SECTION = /\bthe ([A-Z][\w-]*(?: [A-Za-z][\w-]*){0,3}) section\b/g;

/**
 * Guidance that names a section the template has no heading for ("down to the Introduction
 * section below") speaks of the section that follows it under an older name: that name is
 * added as an alias of the next section, so documents written before the rename still match.
 */
function addAliasesNamedInGuidance(blocks: Block[], all: OpenSection[]) {
  const titles = new Set(all.map((s) => titleKey(s.spec.title)));
  const headingIndex = new Map<number, SectionSpec>();
  let next = 0;
  for (const [index, block] of blocks.entries()) {
    if (block.type !== 'heading') continue;
    const match = all[next];
    if (
      match &&
      titleKey(stripOptionalMark(plainText(block.text)).text) === titleKey(match.spec.title)
    ) {
      headingIndex.set(index, match.spec);
      next++;
    }
  }
  for (const [index, block] of blocks.entries()) {
    if (block.type === 'heading' || block.type === 'code') continue;
    for (const match of blockText(block).matchAll(NAMED_SECTION)) {
      const name = match[1] as string;
      if (titles.has(titleKey(name))) continue;
      let following: SectionSpec | undefined;
      for (let k = index + 1; k < blocks.length && !following; k++) following = headingIndex.get(k);
      if (!following) continue;
      following.aliases ??= [];
      if (!following.aliases.some((a) => titleKey(a) === titleKey(name)))
        following.aliases.push(name);
    }
  }
}

function kebab(text: string): string {
  return titleKey(text).replace(/ /g, '-') || 'section';
}

function humanise(name: string): string {
  return name.replace(/[-_]+/g, ' ').replace(/^./, (c) => c.toUpperCase());
}
