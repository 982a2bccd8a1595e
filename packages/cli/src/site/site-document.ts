import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import {
  type Diagnostic,
  lintParsed,
  parseDocument,
  type Section,
  tableOfContents,
} from '@designdoc/core';
import { renderDocument } from '@designdoc/core/render';
import type { FileSettings } from '../config/file-settings.js';
import { linkResolverFor } from '../lint/lint-file.js';
import { pathResolverFor } from '../lint/path-resolver.js';
import { documentPage } from './document-page.js';
import { htmlToText } from './html.js';
import type { LinkState, SiteDocument, SiteSection } from './site-manifest.js';
import { hrefBetween, type SitePath, sitePathOf, sourceOf } from './site-paths.js';

/** What the build knows around one document. */
export interface DocumentContext {
  file: string;
  text: string;
  settings: FileSettings;
  hash: string;
  root: string;
  cwd: string;
  /** Every document of the site (absolute paths): links to them are rewritten to their pages. */
  documents: ReadonlySet<string>;
  siteTitle: string;
  diagnostics: boolean;
  liveReload: boolean;
  /** Whether Mermaid's browser file is installed: pages with diagrams load it only then. */
  mermaid: boolean;
}

/**
 * Parse, lint and render one document: its manifest entry (index, boards, search) and its page.
 * Relative links to other documents become links to their pages; relative links to other files
 * under the root become assets to copy.
 */
export function buildSiteDocument(context: DocumentContext): {
  entry: SiteDocument;
  sections: SiteSection[];
  page: string;
} {
  const { file, root } = context;
  const page = sitePathOf(file, root, true);
  const parsed = parseDocument(context.text, context.settings.template);
  const resolvePath = pathResolverFor(context.settings.root, file);
  const lint = lintParsed(parsed, {
    template: context.settings.template,
    rules: context.settings.rules,
    resolveLink: linkResolverFor(file, context.cwd),
    ...(resolvePath ? { resolvePath } : {}),
    ...(context.settings.docsUrl ? { docsUrl: context.settings.docsUrl } : {}),
  });
  const links: Record<string, LinkState> = {};
  const assets: Record<SitePath, string> = {};
  const rendered = renderDocument(parsed, {
    rewriteUrl: (url) => rewriteUrl(url, context, page, links, assets),
  });
  const { model } = parsed;
  const title = model.title ?? basename(file).replace(/\.[^.]+$/, '');
  const sections = searchableSections(rendered.html, title);
  const entry: SiteDocument = {
    source: sourceOf(file, root),
    page,
    hash: context.hash,
    title,
    status: model.status,
    template: model.template,
    authors: model.frontMatter.authors ?? [],
    tags: model.frontMatter.tags ?? [],
    updated: model.frontMatter.updated ?? model.frontMatter.created ?? null,
    errorCount: lint.errorCount,
    warningCount: lint.warningCount,
    hasMermaid: rendered.hasMermaid,
    decisions: model.extracts.decisions.map((d) => ({
      decision: d.decision,
      rationale: d.rationale,
      tradeOffs: d.tradeOffs,
      anchor: anchorAt(model.sections, d.place.start.line),
    })),
    questions: model.extracts.openQuestions.map((q) => ({
      text: q.text,
      status: q.status,
      note: q.note,
      anchor: anchorAt(model.sections, q.place.start.line),
    })),
    searchChars: sections.reduce((n, s) => n + s.text.length, 0),
    links,
    assets,
  };
  const pageHtml = documentPage({
    entry,
    frontMatter: model.frontMatter,
    html: rendered.html,
    toc: tableOfContents(rendered.headings),
    siteTitle: context.siteTitle,
    ...(context.diagnostics ? { diagnostics: lint.diagnostics as Diagnostic[] } : {}),
    relatedHref: (reference) => relatedHref(reference, context, page),
    liveReload: context.liveReload,
    mermaid: context.mermaid,
  });
  return { entry, sections, page: pageHtml };
}

const SCHEME = /^[a-z][a-z\d+.-]*:/i;

function rewriteUrl(
  url: string,
  context: DocumentContext,
  page: SitePath,
  links: Record<string, LinkState>,
  assets: Record<SitePath, string>,
): string {
  if (url === '' || url.startsWith('#') || url.startsWith('//') || SCHEME.test(url)) return url;
  const hashAt = url.indexOf('#');
  const fragment = hashAt === -1 ? '' : url.slice(hashAt);
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const query = queryAt === -1 ? '' : beforeHash.slice(queryAt);
  let path: string;
  try {
    path = decodeURIComponent(queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt));
  } catch {
    return url;
  }
  if (path === '') return url;
  const target = path.startsWith('/')
    ? resolve(context.cwd, `.${path}`)
    : resolve(dirname(context.file), path);
  if (context.documents.has(target)) {
    links[target] = 'doc';
    return hrefBetween(page, sitePathOf(target, context.root, true)) + fragment;
  }
  if (isAssetOf(target, context.root)) {
    links[target] = 'asset';
    const sitePath = sitePathOf(target, context.root, false);
    assets[sitePath] = target;
    return hrefBetween(page, sitePath) + query + fragment;
  }
  links[target] = 'missing';
  return url;
}

/** A regular file under the root (after symbolic links): only those are copied into the site. */
export function isAssetOf(target: string, root: string): boolean {
  if (!existsSync(target)) return false;
  try {
    if (!statSync(target).isFile()) return false;
    return !relative(realRoot(root), realpathSync(target)).startsWith('..');
  } catch {
    return false;
  }
}

const realRoots = new Map<string, string>();

/** The root's real path, resolved once per build rather than once per link. */
function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) {
    real = realpathSync(root);
    realRoots.set(root, real);
  }
  return real;
}

/** What a link target is now, to tell whether a page rendered earlier would render the same. */
export function linkStateOf(
  target: string,
  documents: ReadonlySet<string>,
  root: string,
): LinkState {
  if (documents.has(target)) return 'doc';
  return isAssetOf(target, root) ? 'asset' : 'missing';
}

function relatedHref(reference: string, context: DocumentContext, page: SitePath): string | null {
  const target = resolve(dirname(context.file), reference);
  for (const candidate of [target, `${target}.md`])
    if (context.documents.has(candidate))
      return hrefBetween(page, sitePathOf(candidate, context.root, true));
  return null;
}

/** The slug of the last heading at or before `line` (the section holding it), or '' before any. */
function anchorAt(sections: Section[], line: number): string {
  let anchor = '';
  const visit = (list: Section[]) => {
    for (const section of list) {
      if (section.place.start.line > line) return false;
      anchor = section.slug;
      if (visit(section.sections) === false) return false;
    }
    return true;
  };
  visit(sections);
  return anchor;
}

const HEADING = /<h[1-6] id="([^"]*)">([\s\S]*?)<\/h[1-6]>/g;

/**
 * The rendered body cut at its headings: one searchable piece per heading, and one before them
 * titled with the document's title. That one is kept, even without text, unless the first
 * heading gives the same title: the title may come from front matter alone, and must be found.
 */
function searchableSections(html: string, title: string): SiteSection[] {
  const sections: SiteSection[] = [];
  let current: SiteSection = { title, slug: '', text: '' };
  let from = 0;
  for (const match of html.matchAll(HEADING)) {
    current.text = htmlToText(html.slice(from, match.index));
    const titled = from > 0 || htmlToText(match[2] as string) === title;
    if (current.text || current.slug || !titled) sections.push(current);
    current = { title: htmlToText(match[2] as string), slug: match[1] as string, text: '' };
    from = match.index + match[0].length;
  }
  current.text = htmlToText(html.slice(from));
  sections.push(current);
  return sections;
}
