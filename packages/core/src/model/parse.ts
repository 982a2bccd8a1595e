import { type FrontMatterBlock, readFrontMatter } from '../markdown/front-matter.js';
import { plainText } from '../markdown/inline-text.js';
import { type MarkdownTree, parseMarkdown } from '../markdown/parse-markdown.js';
import { LineIndex } from '../markdown/position.js';
import type { TemplateSpec } from '../template/spec.js';
import { extractTyped } from './extract.js';
import { extractFields } from './fields.js';
import { type FrontMatterProblem, readFrontMatterValues } from './front-matter-values.js';
import type { DesignDoc } from './schema.js';
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
  const text = source.charCodeAt(0) === 0xfeff ? ` ${source.slice(1)}` : source;
  const lines = new LineIndex(text);
  const frontMatterBlock = readFrontMatter(text, lines);
  const body = frontMatterBlock
    ? '\n'.repeat(frontMatterBlock.lineCount) +
      text.slice(lines.starts[frontMatterBlock.lineCount] ?? text.length)
    : text;
  const tree = parseMarkdown(text, body, lines);
  const outline = buildOutline(tree.blocks, lines, template);
  const { frontMatter, problems } = readFrontMatterValues(frontMatterBlock, template, lines);
  const preambleFields = (template.preamble ?? []).flatMap((c) =>
    c.kind === 'fields' ? (c.fields ?? []) : [],
  );
  const model = {
    template: template.name,
    title: frontMatter.title ?? (outline.title ? plainText(outline.title.text) : null),
    status: frontMatter.status ?? 'draft',
    frontMatter,
    preamble: {
      blocks: outline.preamble,
      fields: extractFields(outline.preamble, lines, preambleFields),
    },
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
