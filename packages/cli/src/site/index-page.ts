import { DOCUMENT_STATUSES } from '@designdoc/core';
import { escapeHtml } from './html.js';
import { layout } from './layout.js';
import type { SiteDocument } from './site-manifest.js';
import { encodePath } from './site-paths.js';
import { lintBadge, statusBadge } from './status-badge.js';

/**
 * The site's front page: every document with its status, authors, last update, template and
 * lint state. The table works without script; site.js adds sorting and filtering.
 */
export function indexPage(
  documents: SiteDocument[],
  siteTitle: string,
  liveReload: boolean,
): string {
  // By title, as the header's "Title ▲" says (the same order on every machine: no locale).
  const byTitle = [...documents].sort((a, b) => {
    const x = a.title.toLowerCase();
    const y = b.title.toLowerCase();
    return x < y ? -1 : x > y ? 1 : a.source < b.source ? -1 : 1;
  });
  const rows = byTitle
    .map(
      (
        d,
      ) => `<tr data-status="${escapeHtml(d.status)}" data-lint="${d.errorCount > 0 ? 'errors' : d.warningCount > 0 ? 'warnings' : 'clean'}">
<td data-sort="${escapeHtml(d.title.toLowerCase())}"><a href="${escapeHtml(encodePath(d.page))}">${escapeHtml(d.title)}</a><div class="source">${escapeHtml(d.source)}</div></td>
<td data-sort="${DOCUMENT_STATUSES.indexOf(d.status)}">${statusBadge(d.status)}</td>
<td>${escapeHtml(d.authors.join(', '))}</td>
<td class="date" data-sort="${escapeHtml(d.updated ?? '')}">${escapeHtml(d.updated ?? '')}</td>
<td>${escapeHtml(d.template)}</td>
<td data-sort="${d.errorCount * 100000 + d.warningCount}">${lintBadge(d.errorCount, d.warningCount)}</td>
</tr>`,
    )
    .join('\n');
  const statusOptions = DOCUMENT_STATUSES.filter((s) => documents.some((d) => d.status === s))
    .map((s) => `<option value="${s}">${s}</option>`)
    .join('');
  const body = `<h1>${escapeHtml(siteTitle)}</h1>
<p class="summary">${documents.length} document${documents.length === 1 ? '' : 's'}</p>
<form class="filters" id="dd-filters">
<label>Filter <input type="search" name="text" placeholder="Title, author or file"></label>
<label>Status <select name="status"><option value="">any</option>${statusOptions}</select></label>
<label>Lint <select name="lint"><option value="">any</option><option value="errors">errors</option><option value="warnings">warnings</option><option value="clean">clean</option></select></label>
<output name="count" aria-live="polite"></output>
</form>
<table class="documents sortable" id="dd-documents">
<thead><tr>
<th scope="col" aria-sort="ascending"><button type="button">Title</button></th>
<th scope="col"><button type="button">Status</button></th>
<th scope="col"><button type="button">Authors</button></th>
<th scope="col"><button type="button">Updated</button></th>
<th scope="col"><button type="button">Template</button></th>
<th scope="col"><button type="button">Lint</button></th>
</tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
  return layout({
    page: 'index.html',
    title: siteTitle,
    siteTitle,
    body,
    current: 'documents',
    ...(liveReload ? { liveReload } : {}),
  });
}
