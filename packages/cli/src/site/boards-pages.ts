import { escapeHtml } from './html.js';
import { layout } from './layout.js';
import type { SiteDocument } from './site-manifest.js';
import { encodePath } from './site-paths.js';
import { statusBadge } from './status-badge.js';

function sectionHref(document: SiteDocument, anchor: string): string {
  return escapeHtml(encodePath(document.page) + (anchor ? `#${encodeURIComponent(anchor)}` : ''));
}

/** The decision log: every key design decision, grouped by document, linking to its section. */
export function decisionsPage(
  documents: SiteDocument[],
  siteTitle: string,
  liveReload: boolean,
): string {
  const withDecisions = documents.filter((d) => d.decisions.length > 0);
  const count = withDecisions.reduce((n, d) => n + d.decisions.length, 0);
  const groups = withDecisions
    .map(
      (d) => `<section class="decision-group">
<h2><a href="${escapeHtml(encodePath(d.page))}">${escapeHtml(d.title)}</a> ${statusBadge(d.status)}</h2>
<table class="decisions"><thead><tr><th scope="col">Decision</th><th scope="col">Rationale</th><th scope="col">Trade-offs</th></tr></thead><tbody>
${d.decisions
  .map(
    (x) =>
      `<tr><td><a href="${sectionHref(d, x.anchor)}">${escapeHtml(x.decision)}</a></td><td>${escapeHtml(x.rationale)}</td><td>${escapeHtml(x.tradeOffs)}</td></tr>`,
  )
  .join('\n')}
</tbody></table>
</section>`,
    )
    .join('\n');
  const body = `<h1>Decision log</h1>
<p class="summary">${count} decision${count === 1 ? '' : 's'} in ${withDecisions.length} document${withDecisions.length === 1 ? '' : 's'}</p>
${groups || '<p>No document records a key design decision yet.</p>'}`;
  return layout({
    page: 'decisions.html',
    title: 'Decision log',
    siteTitle,
    body,
    current: 'decisions',
    ...(liveReload ? { liveReload } : {}),
  });
}

const COLUMNS: [string, string | null][] = [
  ['Open', 'Open'],
  ['In Progress', 'In Progress'],
  ['No status', null],
  ['Resolved', 'Resolved'],
];

/**
 * The open-questions board: every question from every document, in a column per status
 * (Open, In Progress, without a status, Resolved), linking back to its section.
 */
export function questionsPage(
  documents: SiteDocument[],
  siteTitle: string,
  liveReload: boolean,
): string {
  const all = documents.flatMap((d) => d.questions.map((q) => ({ document: d, question: q })));
  const known = new Set(COLUMNS.map(([, status]) => status?.toLowerCase()));
  const columns = COLUMNS.map(([label, status]) => {
    const cards = all.filter(({ question }) =>
      status === null
        ? !known.has(question.status?.toLowerCase())
        : question.status?.toLowerCase() === status.toLowerCase(),
    );
    return `<section class="board-column" aria-labelledby="col-${label.replace(/\s/g, '-').toLowerCase()}">
<h2 id="col-${label.replace(/\s/g, '-').toLowerCase()}">${label} <span class="count">${cards.length}</span></h2>
<ul>
${cards
  .map(
    ({ document, question }) =>
      `<li class="card"><a href="${sectionHref(document, question.anchor)}">${escapeHtml(question.text)}</a>${question.note ? `<p>${escapeHtml(question.note)}</p>` : ''}<div class="card-doc">${escapeHtml(document.title)}</div></li>`,
  )
  .join('\n')}
</ul>
</section>`;
  }).join('\n');
  const body = `<h1>Open questions</h1>
<p class="summary">${all.length} question${all.length === 1 ? '' : 's'} across ${documents.length} document${documents.length === 1 ? '' : 's'}</p>
<div class="board">
${columns}
</div>`;
  return layout({
    page: 'questions.html',
    title: 'Open questions',
    siteTitle,
    body,
    current: 'questions',
    ...(liveReload ? { liveReload } : {}),
  });
}

/** The page a file server shows for a missing path: absolute links, since it is served anywhere. */
export function notFoundPage(siteTitle: string, basePath: string): string {
  return layout({
    page: '404.html',
    title: 'Page not found',
    siteTitle,
    body: `<h1>Page not found</h1><p>There is no page at this address. <a href="${escapeHtml(basePath)}index.html">See every document</a>.</p>`,
    absoluteBase: basePath,
  });
}
