import type { Diagnostic, FrontMatter, TocEntry } from '@designdoc/core';
import { escapeHtml } from './html.js';
import { layout } from './layout.js';
import type { SiteDocument } from './site-manifest.js';
import { lintBadge, statusBadge } from './status-badge.js';

export interface DocumentPageInput {
  entry: SiteDocument;
  frontMatter: FrontMatter;
  html: string;
  toc: TocEntry[];
  siteTitle: string;
  /** With `--diagnostics`: the findings to list under the metadata. */
  diagnostics?: Diagnostic[];
  /** Links to the pages of documents named in `supersedes` / `superseded-by`, when in the site. */
  relatedHref: (reference: string) => string | null;
  liveReload?: boolean;
  /** Whether the site has Mermaid's browser file (`mermaid` installed beside designdoc). */
  mermaid?: boolean;
}

/** One document's page: metadata, table of contents, the rendered body, optional findings. */
export function documentPage(input: DocumentPageInput): string {
  const { entry, frontMatter } = input;
  const meta: [string, string][] = [
    ['Status', statusBadge(entry.status)],
    ['Template', escapeHtml(entry.template)],
  ];
  if (entry.authors.length > 0) meta.push(['Authors', escapeHtml(entry.authors.join(', '))]);
  if (frontMatter.reviewers?.length)
    meta.push(['Reviewers', escapeHtml(frontMatter.reviewers.join(', '))]);
  if (frontMatter.created) meta.push(['Created', escapeHtml(frontMatter.created)]);
  if (entry.updated) meta.push(['Updated', escapeHtml(entry.updated)]);
  if (entry.tags.length > 0)
    meta.push([
      'Tags',
      entry.tags.map((t) => `<span class="tag">${escapeHtml(t)}</span>`).join(' '),
    ]);
  if (frontMatter.supersedes?.length)
    meta.push(['Supersedes', frontMatter.supersedes.map((r) => related(r, input)).join(', ')]);
  if (frontMatter['superseded-by'])
    meta.push(['Superseded by', related(frontMatter['superseded-by'], input)]);
  meta.push(['Lint', lintBadge(entry.errorCount, entry.warningCount)]);
  const metadata = `<dl class="doc-meta">${meta.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
  const toc =
    input.toc.length > 0
      ? `<nav class="toc" aria-label="Table of contents"><h2>Contents</h2>${tocList(input.toc)}</nav>`
      : '';
  const findings = input.diagnostics ? diagnosticsList(input.diagnostics, entry.source) : '';
  // The metadata goes under the document's own title when the body opens with one.
  const titleEnd = input.html.startsWith('<h1') ? input.html.indexOf('</h1>') + 5 : 0;
  const body = `<div class="doc-layout">
${toc}
<article class="doc">
<div class="doc-body">
${input.html.slice(0, titleEnd)}
${metadata}
${findings}
${input.html.slice(titleEnd)}
</div>
</article>
</div>`;
  return layout({
    page: entry.page,
    title: entry.title,
    siteTitle: input.siteTitle,
    body,
    scripts:
      entry.hasMermaid && input.mermaid ? ['assets/mermaid.min.js', 'assets/mermaid-init.js'] : [],
    ...(input.liveReload ? { liveReload: true } : {}),
  });
}

function related(reference: string, input: DocumentPageInput): string {
  const href = input.relatedHref(reference);
  return href
    ? `<a href="${escapeHtml(href)}">${escapeHtml(reference)}</a>`
    : escapeHtml(reference);
}

function tocList(entries: TocEntry[]): string {
  return `<ol>${entries
    .map(
      (e) =>
        `<li><a href="#${escapeHtml(e.slug)}">${escapeHtml(e.text)}</a>${e.children.length > 0 ? tocList(e.children) : ''}</li>`,
    )
    .join('')}</ol>`;
}

function diagnosticsList(diagnostics: Diagnostic[], source: string): string {
  if (diagnostics.length === 0)
    return '<section class="findings" aria-label="Lint findings"><p>No lint findings.</p></section>';
  const items = diagnostics
    .map((d) => {
      const where = `${escapeHtml(source)}:${d.place.start.line}:${d.place.start.column}`;
      const rule = d.url
        ? `<a href="${escapeHtml(d.url)}">${escapeHtml(d.ruleId)}</a>`
        : escapeHtml(d.ruleId);
      return `<li class="finding ${d.severity}"><span class="where">${where}</span> <span class="severity">${d.severity}</span> ${escapeHtml(d.message)} <span class="rule">${rule}</span></li>`;
    })
    .join('\n');
  return `<section class="findings" aria-label="Lint findings"><h2>Lint findings</h2><ul>\n${items}\n</ul></section>`;
}
