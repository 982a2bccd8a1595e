import { createHash } from 'node:crypto';
import {
  type DesignDoc,
  type Diagnostic,
  lintParsed,
  parseDocument,
  peekTemplateName,
} from '@designdoc/core';
import { unknownTemplate, type WorkspaceTemplates } from '../templates/template-lookup.js';

/** What a save stores, computed before the transaction opens (parse and lint never need the database). */
export interface PreparedDocument {
  markdown: string;
  contentHash: string;
  template: string;
  title: string;
  status: string;
  authors: string[];
  tags: string[];
  model: DesignDoc;
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  /** The text the search index holds: the body without front matter. */
  searchText: string;
}

/** The hash that identifies a version's Markdown (and so an unchanged save). */
export function contentHash(markdown: string): string {
  return createHash('sha256').update(markdown).digest('hex');
}

/**
 * Parse and lint a document with the template its front matter names, else the one the request
 * names, else the workspace default. An unknown template is a 400 that says which.
 */
export function prepareDocument(
  markdown: string,
  requested: string | undefined,
  workspaceDefault: string,
  templates: WorkspaceTemplates,
): PreparedDocument {
  const fromFrontMatter = peekTemplateName(markdown);
  const name = fromFrontMatter ?? requested ?? workspaceDefault;
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
  const parsed = parseDocument(markdown, template);
  const result = lintParsed(parsed, { template });
  const { model } = parsed;
  return {
    markdown,
    contentHash: contentHash(markdown),
    template: template.name,
    title: model.title ?? 'Untitled',
    status: model.status,
    authors: model.frontMatter.authors ?? [],
    tags: model.frontMatter.tags ?? [],
    model,
    diagnostics: result.diagnostics,
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    searchText: parsed.frontMatterBlock
      ? markdown.slice(parsed.lines.starts[parsed.frontMatterBlock.lineCount] ?? markdown.length)
      : markdown,
  };
}
