import type { Block, ListItem } from '../markdown/blocks.js';
import { readFrontMatter } from '../markdown/front-matter.js';
import { plainText, titleKey } from '../markdown/inline-text.js';
import { parseMarkdown } from '../markdown/parse-markdown.js';
import { LineIndex } from '../markdown/position.js';
import { looksLikeApiContract } from '../model/api-contract.js';
import { KNOWN_FRONT_MATTER_KEYS } from '../model/front-matter-values.js';
import { DEFAULT_PLACEHOLDERS } from './placeholders.js';
import type { ContentSpec, FieldSpec, SectionSpec, TemplateSpec } from './spec.js';

export interface InferOptions {
  /** Template name (kebab-case); defaults to one made from the title. */
  name?: string;
  /** Display title when the template has no title heading. */
  title?: string;
}

/**
 * Derive a template spec from a blank Markdown template: headings become sections, tables
 * their columns, bold-labelled bullets fields, a "Status: A/B/C" line a question list, code
 * blocks code, diagram or API-contract content, and the template's own text is remembered so
 * that text left unchanged in a document is reported as an unfilled placeholder.
 */
export function inferTemplate(markdown: string, options: InferOptions = {}): TemplateSpec {
  const lines = new LineIndex(markdown);
  const frontMatter = readFrontMatter(markdown, lines);
  const body = frontMatter
    ? '\n'.repeat(frontMatter.lineCount) +
      markdown.slice(lines.starts[frontMatter.lineCount] ?? markdown.length)
    : markdown;
  const { blocks } = parseMarkdown(markdown, body);
  const headings = blocks.filter((b) => b.type === 'heading');
  const first = headings[0];
  const hasTitle =
    first !== undefined && first.depth === 1 && headings.every((h) => h === first || h.depth > 1);
  const title =
    hasTitle && first
      ? plainText(first.text)
      : (options.title ?? humanise(options.name ?? 'template'));
  const spec: TemplateSpec = { name: options.name ?? kebab(title), title, sections: [] };
  if (hasTitle) spec.documentTitle = { level: 1 };
  const keys = frontMatter?.data ? Object.keys(frontMatter.data) : [];
  if (keys.length > 0) {
    const extra = keys.filter((key) => !KNOWN_FRONT_MATTER_KEYS.includes(key));
    spec.frontMatter = extra.length > 0 ? { required: keys, extraKeys: extra } : { required: keys };
  }

  const preamble: Block[] = [];
  const usedIds = new Set<string>();
  const stack: { spec: SectionSpec; blocks: Block[] }[] = [];
  const open: { spec: SectionSpec; blocks: Block[] }[] = [];
  for (const block of blocks) {
    if (hasTitle && block === first) continue;
    if (block.type !== 'heading') {
      const top = stack[stack.length - 1];
      (top ? top.blocks : preamble).push(block);
      continue;
    }
    while (
      stack.length > 0 &&
      (stack[stack.length - 1] as { spec: SectionSpec }).spec.level >= block.depth
    )
      stack.pop();
    const parent = stack[stack.length - 1];
    const sectionTitle = plainText(block.text);
    let id = kebab(sectionTitle);
    if (usedIds.has(id) && parent) id = `${parent.spec.id}-${id}`;
    while (usedIds.has(id)) id = `${id}-2`;
    usedIds.add(id);
    const section: SectionSpec = { id, title: sectionTitle, level: block.depth };
    if (parent) {
      parent.spec.sections ??= [];
      parent.spec.sections.push(section);
    } else spec.sections.push(section);
    const entry = { spec: section, blocks: [] as Block[] };
    stack.push(entry);
    open.push(entry);
  }
  for (const { spec: section, blocks: own } of open) {
    const content = inferContent(own, section.title);
    if (content.length > 0) section.content = content;
    const text = templateTextOf(own);
    if (text.length > 0) section.templateText = text;
  }
  const preambleContent = inferContent(preamble, '', true);
  if (preambleContent.length > 0) spec.preamble = preambleContent;
  const preambleText = templateTextOf(preamble);
  if (preambleText.length > 0) spec.preambleText = preambleText;
  spec.placeholders = DEFAULT_PLACEHOLDERS.map((p) => ({ ...p }));
  return spec;
}

const BOLD_FIELD = /^(\*\*|__)(.+?)\1\s*:|^(\*\*|__)(.+?):\3/;
const PLAIN_FIELD = /^([A-Z][\w ./-]{0,40}):\s+\S/;
const STATUS_LINE = /status\s*:\s*([^\]]+?)\s*\]?$/i;

function inferContent(blocks: Block[], sectionTitle: string, preamble = false): ContentSpec[] {
  const content: ContentSpec[] = [];
  const push = (item: ContentSpec) => {
    if (
      (item.kind === 'prose' || item.kind === 'list') &&
      content.some((c) => c.kind === item.kind)
    )
      return;
    content.push(item);
  };
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        push({ kind: 'prose' });
        break;
      case 'list':
        push(inferListContent(block.items, preamble));
        break;
      case 'table':
        push({ kind: 'table', columns: block.columns.map((c) => plainText(c)) });
        break;
      case 'code':
        if (looksLikeApiContract(block.value)) {
          push({ kind: 'code', language: block.lang || 'yaml', format: 'api-contract' });
        } else if (
          /diagram/i.test(sectionTitle) ||
          /diagram|ascii art|mermaid/i.test(block.value) ||
          block.lang === 'mermaid'
        ) {
          push({ kind: 'diagram' });
        } else {
          push(block.lang ? { kind: 'code', language: block.lang } : { kind: 'code' });
        }
        break;
      default:
        break;
    }
  }
  return content;
}

function inferListContent(items: ListItem[], preamble: boolean): ContentSpec {
  const texts = items.map((item) => item.text.replace(/^\[(.*)\]$/s, '$1'));
  const statuses = texts
    .map((t) => STATUS_LINE.exec(t)?.[1])
    .filter((s): s is string => s !== undefined);
  if (statuses.length > 0 && statuses.length === texts.length) {
    const vocabulary = (statuses[0] as string)
      .split(/\s*[/|]\s*|\s*,\s*|\s+or\s+/)
      .map((s) => s.trim())
      .filter(Boolean);
    return { kind: 'questions', statuses: vocabulary };
  }
  const bold = texts.map((t) => BOLD_FIELD.exec(t));
  if (bold.every((m) => m !== null)) {
    const labels = bold.map((m) =>
      ((m as RegExpExecArray)[2] ?? (m as RegExpExecArray)[4] ?? '').trim(),
    );
    if (labels.every((label) => /\d+$/.test(label))) return { kind: 'fields', labels: 'any' };
    return { kind: 'fields', fields: labels.map((label): FieldSpec => ({ label })) };
  }
  if (preamble) {
    const plain = texts.map((t) => PLAIN_FIELD.exec(t));
    if (plain.every((m) => m !== null)) {
      return {
        kind: 'fields',
        fields: plain.map((m): FieldSpec => ({ label: ((m as RegExpExecArray)[1] ?? '').trim() })),
      };
    }
  }
  return { kind: 'list' };
}

/** The template's own wording: lines of prose, list items and code, which a document must replace. */
function templateTextOf(blocks: Block[]): string[] {
  const text: string[] = [];
  const add = (value: string) => {
    const trimmed = value.trim();
    if (trimmed.split(/\s+/).length >= 3 && !text.includes(trimmed)) text.push(trimmed);
  };
  for (const block of blocks) {
    if (block.type === 'paragraph') for (const line of block.text.split('\n')) add(line);
    else if (block.type === 'list')
      for (const item of block.items)
        add(
          item.text
            .split('\n')
            .map((l) => l.trim())
            .join(' '),
        );
    else if (block.type === 'code') add(block.value);
    else if (block.type === 'table')
      for (const row of block.rows) for (const cell of row.cells) add(cell);
  }
  return text;
}

function kebab(text: string): string {
  return titleKey(text).replace(/ /g, '-') || 'section';
}

function humanise(name: string): string {
  return name.replace(/[-_]+/g, ' ').replace(/^./, (c) => c.toUpperCase());
}
