import { createHash } from 'node:crypto';
import {
  type Diagnostic,
  type Extracts,
  isTemplatePath,
  lintParsed,
  parseDocument,
  peekTemplateName,
  type TemplateSpec,
} from '@designdoc/core';
import { unknownTemplate, type WorkspaceTemplates } from '../templates/template-lookup.js';

/**
 * What a save stores, computed before the transaction opens (parse and lint never need the
 * database), possibly on a worker thread: plain data, with the model already as the JSON the
 * version row stores, so that only strings and small lists cross between threads.
 */
export interface PreparedDocument {
  markdown: string;
  contentHash: string;
  template: string;
  title: string;
  status: string;
  authors: string[];
  tags: string[];
  /** The typed model (core's DesignDoc) as JSON. */
  modelJson: string;
  openQuestions: Extracts['openQuestions'];
  decisions: Extracts['decisions'];
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  /** The text the search index holds: the body without front matter. */
  searchText: string;
  /** Hash of the authors, tags, open questions and decisions a save writes as rows. */
  rowsHash: string;
  /** Hash of the full-text entry: the title and `searchText`. */
  searchHash: string;
}

/** The hash that identifies a version's Markdown (and so an unchanged save). */
export function contentHash(markdown: string): string {
  return createHash('sha256').update(markdown).digest('hex');
}

/**
 * The template a document is checked against: the one its front matter names, else the one the
 * request names, else the workspace default. A front matter that names its spec by path
 * (`template: ../templates/brief.yaml`, a file in the author's repository, which the server
 * cannot read) stands for the spec the request names (`designdoc push` sends the spec's own
 * name), else for the template named like the file. An unknown template is a 400 that says which.
 */
export function resolveTemplate(
  markdown: string,
  requested: string | undefined,
  workspaceDefault: string,
  templates: WorkspaceTemplates,
): TemplateSpec {
  const named = peekTemplateName(markdown);
  const byPath = named !== null && isTemplatePath(named);
  const fromFrontMatter = byPath ? null : named;
  const fileName = byPath
    ? (named.split(/[\\/]/).pop() ?? '').replace(/\.(?:ya?ml|json)$/i, '')
    : null;
  const name = fromFrontMatter ?? requested ?? fileName ?? workspaceDefault;
  const template = templates.lookup(name);
  if (!template)
    throw unknownTemplate(
      name,
      templates,
      fromFrontMatter
        ? {
            in: 'body',
            pointer: '/markdown',
            detail: `front matter template “${name}” is not known`,
          }
        : { in: 'body', pointer: '/template', detail: 'is not a known template' },
    );
  return template;
}

/** Parse and lint a document against a template, and derive everything a save writes. */
export function prepareDocument(markdown: string, template: TemplateSpec): PreparedDocument {
  const parsed = parseDocument(markdown, template);
  const result = lintParsed(parsed, { template });
  const { model } = parsed;
  const title = model.title ?? 'Untitled';
  const authors = [...new Set(model.frontMatter.authors ?? [])];
  const tags = [...new Set(model.frontMatter.tags ?? [])];
  const { openQuestions, decisions } = model.extracts;
  const searchText = parsed.frontMatterBlock
    ? markdown.slice(parsed.lines.starts[parsed.frontMatterBlock.lineCount] ?? markdown.length)
    : markdown;
  return {
    markdown,
    contentHash: contentHash(markdown),
    template: template.name,
    title,
    status: model.status,
    authors,
    tags,
    modelJson: JSON.stringify(model),
    openQuestions,
    decisions,
    diagnostics: result.diagnostics,
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    searchText,
    rowsHash: contentHash(
      JSON.stringify([
        authors,
        tags,
        openQuestions.map((q) => [q.text, q.status, q.note, q.section]),
        decisions.map((d) => [d.decision, d.rationale, d.tradeOffs, d.section]),
      ]),
    ),
    searchHash: contentHash(`${title}\u0000${searchText}`),
  };
}
