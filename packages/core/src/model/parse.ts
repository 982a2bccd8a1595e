import { type FrontMatterBlock, readFrontMatter } from '../markdown/front-matter.js';
import { plainText } from '../markdown/inline-text.js';
import { type MarkdownTree, parseMarkdown } from '../markdown/parse-markdown.js';
import { LineIndex } from '../markdown/position.js';
import type { TemplateSpec } from '../template/spec.js';
import { readDocumentStatus } from './document-status.js';
import { extractTyped } from './extract.js';
import { bylineFields, extractFields, type Field, labelKey, labelMatches } from './fields.js';
import { type FrontMatterProblem, readFrontMatterValues } from './front-matter-values.js';
import type { DesignDoc, DocumentStatus } from './schema.js';
import { buildOutline, type Outline } from './sections.js';

/** Everything parsing learnt about a document: the public model plus what rules need to point at. */
export interface ParsedDocument {
  source: string;
  lines: LineIndex;
  tree: MarkdownTree;
  frontMatterBlock: FrontMatterBlock | null;
  frontMatterProblems: FrontMatterProblem[];
  outline: Outline;
  template: TemplateSpec;
  model: DesignDoc;
}

/**
 * Parse a Markdown design document against a template. Never throws for document content:
 * malformed front matter or structure shows up as problems the rules report.
 */
export function parseDocument(source: string, template: TemplateSpec): ParsedDocument {
  const byteOrderMark = source.charCodeAt(0) === 0xfeff;
  const text = byteOrderMark ? ` ${source.slice(1)}` : source;
  const lines = new LineIndex(text);
  const frontMatterBlock = readFrontMatter(text, lines, byteOrderMark);
  const body = frontMatterBlock
    ? '\n'.repeat(frontMatterBlock.lineCount) +
      text.slice(lines.starts[frontMatterBlock.lineCount] ?? text.length)
    : text;
  const tree = parseMarkdown(text, body, lines);
  const outline = buildOutline(tree.blocks, lines, template, tree.references);
  const { frontMatter, problems, statusText } = readFrontMatterValues(
    frontMatterBlock,
    template,
    lines,
  );
  const preambleFields = (template.preamble ?? []).flatMap((c) =>
    c.kind === 'fields' ? (c.fields ?? []) : [],
  );
  const written = extractFields(outline.preamble, lines, preambleFields, { paragraphs: true });
  const headerFields = [
    ...written,
    ...bylineFields(outline.preamble, lines, preambleFields, written),
  ];
  const header = headerStatus(headerFields, template);
  const model = {
    template: template.name,
    title: frontMatter.title ?? (outline.title ? plainText(outline.title.text) : null),
    status: frontMatter.status ?? header?.status ?? 'draft',
    statusText: statusText ?? header?.text ?? null,
    frontMatter,
    preamble: { blocks: outline.preamble, fields: headerFields },
    sections: outline.sections,
  } as DesignDoc;
  // Typed extracts are computed on first read (lint needs few of them; `show --json` and the
  // dashboards read them all). An enumerable getter, so JSON.stringify includes them.
  let extracts: DesignDoc['extracts'] | undefined;
  Object.defineProperty(model, 'extracts', {
    enumerable: true,
    get: () => {
      extracts ??= extractTyped(outline.sections, template, lines);
      return extracts;
    },
  });
  return {
    source: text,
    lines,
    tree,
    frontMatterBlock,
    frontMatterProblems: problems,
    outline,
    template,
    model,
  };
}

/**
 * The status a document writes in the header field its template names for it (Swift
 * Evolution's `* Status: **Implemented (Swift 5.9)**`), read as a lifecycle stage.
 */
function headerStatus(
  fields: Field[],
  template: TemplateSpec,
): { text: string; status: DocumentStatus | undefined } | null {
  const label = template.status?.field;
  if (!label) return null;
  const field = fields.find((f) => labelMatches(f.label, new Set([labelKey(label)])));
  const text = field ? plainText(field.value) : '';
  if (text === '') return null;
  return { text, status: readDocumentStatus(text, template.status) ?? undefined };
}
