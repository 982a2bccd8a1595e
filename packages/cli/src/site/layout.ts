import { escapeHtml } from './html.js';
import { SEARCH_SHARDS, searchIndexPath } from './search-shards.js';
import { rootPrefix, type SitePath } from './site-paths.js';

const SEARCH_INDEXES = Array.from({ length: SEARCH_SHARDS }, (_, n) => searchIndexPath(n));

export interface LayoutOptions {
  /** Where the page is, to make every link relative (the site works from any folder or file://). */
  page: SitePath;
  /** The page's own title (the browser tab shows it before the site title). */
  title: string;
  siteTitle: string;
  /** Main content, already safe HTML. */
  body: string;
  /** Which navigation entry is the current page. */
  current?: 'documents' | 'decisions' | 'questions';
  /** Extra scripts (site paths), e.g. Mermaid on pages with diagrams. */
  scripts?: SitePath[];
  /** Absolute prefix instead of relative links (the 404 page is served at any path). */
  absoluteBase?: string;
  /** Script added by `designdoc preview` to reload the page on a change. */
  liveReload?: boolean;
}

// No inline script or style anywhere, so the policy can forbid both; Mermaid draws SVG with
// style attributes, hence 'unsafe-inline' for styles only.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https: http:; object-src 'none'; base-uri 'none'; form-action 'none'";

/** The HTML page around every piece of content: header, navigation, search, theme switch. */
export function layout(options: LayoutOptions): string {
  const prefix = options.absoluteBase ?? rootPrefix(options.page);
  const nav = (id: LayoutOptions['current'], href: string, label: string) =>
    `<a href="${prefix}${href}"${options.current === id ? ' aria-current="page"' : ''}>${label}</a>`;
  const scripts = [...(options.scripts ?? []), 'assets/site.js']
    .map((src) => `<script src="${prefix}${src}" defer></script>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="designdoc">
<title>${escapeHtml(options.title === options.siteTitle ? options.title : `${options.title} · ${options.siteTitle}`)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${prefix}assets/site.css">
<script src="${prefix}assets/theme.js"></script>
${scripts}${options.liveReload ? '\n<script src="/__designdoc/live-reload.js" defer></script>' : ''}
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<a class="site-title" href="${prefix}index.html">${escapeHtml(options.siteTitle)}</a>
<nav aria-label="Site">
${nav('documents', 'index.html', 'Documents')}
${nav('decisions', 'decisions.html', 'Decisions')}
${nav('questions', 'questions.html', 'Open questions')}
</nav>
<div class="search" role="search">
<label class="visually-hidden" for="dd-search">Search documents</label>
<input id="dd-search" type="search" placeholder="Search ( / )" autocomplete="off" aria-controls="dd-search-results" data-index="${SEARCH_INDEXES.map((path) => prefix + path).join(' ')}" data-engine="${prefix}assets/search.js" data-root="${prefix}">
<ul id="dd-search-results" class="search-results" role="listbox" aria-label="Search results" hidden></ul>
</div>
<button type="button" class="theme-toggle" id="dd-theme" aria-label="Colour theme: automatic">◐</button>
</header>
<main id="main">
${options.body}
</main>
</body>
</html>
`;
}
