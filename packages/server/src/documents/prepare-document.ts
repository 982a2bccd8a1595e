import { createHash } from 'node:crypto';
import {
  type Diagnostic,
  type Extracts,
  isTemplatePath,
  lintParsed,
  type ParsedDocument,
  parseDocument,
  peekTemplateName,
  type TemplateSpec,
} from '@designdoc/core';
import { unknownTemplate, type WorkspaceTemplates } from '../templates/template-lookup.js';

/**
 * What a save stores, computed before the transaction opens (parse and lint never need the
 * database), possibly on a worker thread: plain data, with the model and the diagnostics already
 * as the JSON the version row stores, so that only strings and small lists cross between threads
 * (a structured clone of a big model or diagnostics list held the event loop for hundreds of ms).
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
  /** The open questions as the questions table stores them (their places are in the model). */
  openQuestions: QuestionRow[];
  decisions: DecisionRow[];
  /** The diagnostics (core's Diagnostic[]) as JSON. */
  diagnosticsJson: string;
  errorCount: number;
  warningCount: number;
  /** The text the search index holds: the body without front matter. */
  searchText: string;
  /** Hash of the authors, tags, open questions and decisions a save writes as rows. */
  rowsHash: string;
  /** Hash of the full-text entry: the title and `searchText`. */
  searchHash: string;
}

/** An open question as a save writes it. */
export type QuestionRow = Omit<Extracts['openQuestions'][number], 'place'>;
/** A decision as a save writes it. */
export type DecisionRow = Omit<Extracts['decisions'][number], 'place'>;
export const QUESTION_FIELDS = ['text', 'status', 'note', 'section'] as const;
export const DECISION_FIELDS = ['decision', 'rationale', 'tradeOffs', 'section'] as const;

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

/** A document refused after parsing: it has more headings than the limit (DOCUMENT_MAX_HEADINGS). */
export interface TooManyHeadings {
  tooManyHeadings: number;
}

/** The headings a parsed document has: its title's and those that open sections. */
export function headingCount(parsed: ParsedDocument): number {
  return parsed.outline.headings.length + (parsed.outline.title ? 1 : 0);
}

/**
 * Parse a document, or say how many headings it has when they are more than `maxHeadings`:
 * then nothing more is done with it (lint and the model's JSON grow with the headings).
 */
export function parseWithin(
  markdown: string,
  template: TemplateSpec,
  maxHeadings: number,
): ParsedDocument | TooManyHeadings {
  const parsed = parseDocument(markdown, template);
  const headings = headingCount(parsed);
  return headings > maxHeadings ? { tooManyHeadings: headings } : parsed;
}

/** Parse and lint a document against a template, and derive everything a save writes. */
export function prepareDocument(markdown: string, template: TemplateSpec): PreparedDocument {
  return preparedFrom(parseDocument(markdown, template), markdown, template);
}

/** As `prepareDocument`, unless the document has more than `maxHeadings` headings. */
export function prepareWithin(
  markdown: string,
  template: TemplateSpec,
  maxHeadings: number,
): PreparedDocument | TooManyHeadings {
  const parsed = parseWithin(markdown, template, maxHeadings);
  return 'tooManyHeadings' in parsed ? parsed : preparedFrom(parsed, markdown, template);
}

function preparedFrom(
  parsed: ParsedDocument,
  markdown: string,
  template: TemplateSpec,
): PreparedDocument {
  const result = lintParsed(parsed, { template });
  const { model } = parsed;
  const title = model.title ?? 'Untitled';
  const authors = [...new Set(model.frontMatter.authors ?? [])];
  const tags = [...new Set(model.frontMatter.tags ?? [])];
  const openQuestions = model.extracts.openQuestions.map(
    ({ text, status, note, section }): QuestionRow => ({ text, status, note, section }),
  );
  const decisions = model.extracts.decisions.map(
    ({ decision, rationale, tradeOffs, section }): DecisionRow => ({
      decision,
      rationale,
      tradeOffs,
      section,
    }),
  );
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
    diagnosticsJson: JSON.stringify(result.diagnostics satisfies Diagnostic[]),
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
