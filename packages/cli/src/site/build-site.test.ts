import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type TempDir, useTempDirs } from '../../../../test/temp-dir.js';
import { EXAMPLES_DIR } from '../../test/paths.js';
import { runBin, runCli } from '../../test/run-cli.js';
import { FLOW_SVG, NOTIFICATIONS, siteFixture } from '../../test/site-fixture.js';
import { brokenLinks } from '../../test/site-links.js';
import { indexedUrls, siteSearch } from '../../test/site-search.js';

const tempDir = useTempDirs();

const build = (dir: TempDir, ...args: string[]) =>
  runCli(['build', 'docs', '--out', 'site', '--title', 'Fixture docs', ...args], { cwd: dir.path });

function allFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

function summaryLine(stdout: string): string {
  return stdout.replace(/ in \d+\.\d\d s\n$/, '');
}

describe('designdoc build', () => {
  it('writes a page per document, the index, the boards, the search index and the assets', async () => {
    const dir = tempDir(siteFixture());
    const result = await build(dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(summaryLine(result.stdout)).toBe(
      'Built 3 documents into site/ (3 rendered, 0 unchanged; 20 files written)',
    );
    const written = allFiles(dir.file('site'))
      .map((f) => relative(dir.file('site'), f))
      // The search index's pieces, named by their content.
      .map((f) => f.replace(/^assets\/search\/([01])-[0-9a-f]{16}\.js$/, 'assets/search/$1-…'));
    expect([...new Set(written)].sort()).toEqual([
      '.designdoc-build.json',
      '.designdoc-search-0.jsonl',
      '.designdoc-search-1.jsonl',
      '404.html',
      'assets/mermaid-init.js',
      'assets/mermaid.min.js',
      'assets/search-index-0.js',
      'assets/search-index-1.js',
      'assets/search.js',
      'assets/search/0-…',
      'assets/search/1-…',
      'assets/site.css',
      'assets/site.js',
      'assets/theme.js',
      'decisions.html',
      'docs/adr-0001-use-postgresql.html',
      'docs/img/flow.svg',
      'docs/notifications.html',
      'docs/payments-ledger.html',
      'index.html',
      'questions.html',
    ]);
    expect(dir.read('site/docs/img/flow.svg')).toBe(FLOW_SVG);
  });

  it('lists every document on the index with status, authors, updated date, template and lint state', async () => {
    const dir = tempDir(siteFixture());
    await build(dir);
    const index = dir.read('site/index.html');
    const rows = index.split('<tr data-status=').slice(1);
    expect(rows).toHaveLength(3);
    const row = rows.find((r) => r.includes('Notification Service')) as string;
    expect(row).toContain('href="docs/notifications.html"');
    expect(row).toContain('<span class="badge status-draft">draft</span>');
    expect(row).toContain('Ada Byron');
    expect(row).toContain('2026-01-12');
    expect(row).toContain('<td>tdd</td>');
    expect(row).toContain('<span class="badge lint-clean">clean</span>');
    const adr = rows.find((r) => r.includes('Use PostgreSQL for the payments ledger')) as string;
    expect(adr).toContain('<td>adr</td>');
    expect(adr).toContain('status-approved');
  });

  it('rewrites links between documents to their pages, copies images, and leaves no internal link broken', async () => {
    const dir = tempDir(siteFixture());
    await build(dir);
    const page = dir.read('site/docs/notifications.html');
    expect(page).toContain(
      '<a href="adr-0001-use-postgresql.html#decision-outcome">the ledger decision</a>',
    );
    expect(page).toContain('<img src="img/flow.svg" alt="Message flow">');
    expect(page).toContain('<a href="payments-ledger.html">Payments ledger</a>');
    expect(page).toContain('href="https://example.com/providers"');
    expect(dir.read('site/docs/adr-0001-use-postgresql.html')).toContain(
      '<a href="payments-ledger.html">design document</a>',
    );
    expect(brokenLinks(dir.file('site'))).toEqual([]);
  });

  it('renders a page with metadata, a table of contents, Mermaid and aligned ASCII diagrams', async () => {
    const dir = tempDir(siteFixture());
    await build(dir);
    const page = dir.read('site/docs/notifications.html');
    expect(page).toContain('<title>Notification Service · Fixture docs</title>');
    expect(page).toMatch(/<dt>Authors<\/dt><dd>Ada Byron<\/dd>/);
    expect(page).toContain(
      '<li><a href="#goals-and-non-goals">Goals and Non-Goals</a><ol><li><a href="#goals">Goals</a></li>',
    );
    expect(page).toContain(
      '<pre class="mermaid">flowchart LR\n  API --&gt; Queue --&gt; Workers --&gt; Providers\n</pre>',
    );
    expect(page).toContain(
      '<pre><code> services --&gt; notification service --&gt; mail and push providers\n</code></pre>',
    );
    expect(page).toContain('<script src="../assets/mermaid.min.js" defer></script>');
    // Mermaid's 5 MB script is loaded only by pages that draw a diagram.
    expect(dir.read('site/docs/adr-0001-use-postgresql.html')).not.toContain('mermaid');
  });

  it('collects the decision log and the open-questions board across documents, linking to sections', async () => {
    const dir = tempDir(siteFixture());
    await build(dir);
    const decisions = dir.read('site/decisions.html');
    expect(decisions).toContain('<h2><a href="docs/notifications.html">Notification Service</a>');
    expect(decisions).toMatch(/href="docs\/payments-ledger.html#key-design-decisions"/);
    const questions = dir.read('site/questions.html');
    const column = (title: string) =>
      questions.split(`>${title} <span class="count">`)[1]?.split('</section>')[0] ?? '';
    expect(column('Open')).toContain('Do we need per-tenant sending domains?');
    expect(column('In Progress')).toContain('Which push provider do we start with?');
    expect(column('Resolved')).toContain('Should retries back off exponentially?');
    expect(column('Open')).toContain('href="docs/notifications.html#open-questions"');
  });

  it('indexes every section for search in the browser', async () => {
    const dir = tempDir(siteFixture());
    await build(dir);
    const site = siteSearch(dir.file('site'));
    const hits = await site.search('rolling updates');
    expect(hits[0]).toMatchObject({
      url: 'docs/notifications.html#deployment',
      title: 'Deployment',
      document: 'Notification Service',
    });
    expect((await site.search('double-entry')).map((h) => h.url)).toContain(
      'docs/payments-ledger.html#overview',
    );
    // Every result links to a page of the site, and to a heading on it.
    const urls = indexedUrls(dir.file('site'));
    expect(urls.length).toBeGreaterThan(30);
    for (const url of urls) {
      const [page = '', anchor] = url.split('#');
      expect(dir.exists(`site/${page}`), url).toBe(true);
      if (anchor) expect(dir.read(`site/${page}`), url).toContain(` id="${anchor}"`);
    }
  });

  it('gives byte-identical output for identical input', async () => {
    const dir = tempDir(siteFixture());
    await build(dir);
    await runCli(['build', 'docs', '--out', 'again', '--title', 'Fixture docs'], { cwd: dir.path });
    const files = allFiles(dir.file('site')).map((f) => relative(dir.file('site'), f));
    for (const file of files)
      expect(
        readFileSync(dir.file(`again/${file}`)).equals(readFileSync(dir.file(`site/${file}`))),
        file,
      ).toBe(true);
    expect(allFiles(dir.file('again'))).toHaveLength(files.length);
  });

  it('renders only what changed since the last build and removes pages of removed documents', async () => {
    const dir = tempDir(siteFixture());
    await build(dir);
    const before = statSync(dir.file('site/docs/payments-ledger.html')).mtimeMs;
    expect(summaryLine((await build(dir)).stdout)).toBe(
      'Built 3 documents into site/ (0 rendered, 3 unchanged; 0 files written)',
    );
    expect(statSync(dir.file('site/docs/payments-ledger.html')).mtimeMs).toBe(before);

    dir.write(
      'docs/notifications.md',
      NOTIFICATIONS.replace('title: Notification Service', 'title: Notifier'),
    );
    const edited = await build(dir);
    // The page, the index, the decision log, the questions board, and the search index of the
    // page's shard: its manifest, the term piece and the stored-fields piece holding the title
    // (new names: pieces are named by their content; the old two are removed).
    expect(summaryLine(edited.stdout)).toBe(
      'Built 3 documents into site/ (1 rendered, 2 unchanged; 7 files written, 2 removed)',
    );
    expect(dir.read('site/index.html')).toContain('>Notifier</a>');

    const { rmSync } = await import('node:fs');
    rmSync(dir.file('docs/adr-0001-use-postgresql.md'));
    const removed = await build(dir);
    // Both remaining documents linked to the ADR: their links now point nowhere, so both render
    // again. The ADR's shard of the search index loses its sections: a new manifest and two new
    // pieces for the old two.
    expect(summaryLine(removed.stdout)).toBe(
      'Built 2 documents into site/ (2 rendered, 0 unchanged; 8 files written, 3 removed)',
    );
    expect(dir.exists('site/docs/adr-0001-use-postgresql.html')).toBe(false);
  });

  it('indexes for search what a full build does, reading unchanged documents back, or parsing them when their text is gone', async () => {
    const dir = tempDir(siteFixture());
    const sameAsFullBuild = async (into: string) => {
      await runCli(['build', 'docs', '--out', into, '--title', 'Fixture docs'], { cwd: dir.path });
      const files = allFiles(dir.file(into)).map((f) => relative(dir.file(into), f));
      expect(files.filter((f) => f.includes('search')).length).toBeGreaterThan(4);
      for (const file of files)
        expect(dir.read(`site/${file}`), file).toBe(dir.read(`${into}/${file}`));
      expect(allFiles(dir.file('site'))).toHaveLength(files.length);
    };
    await build(dir);
    dir.write(
      'docs/notifications.md',
      NOTIFICATIONS.replace('title: Notification Service', 'title: Notifier'),
    );
    expect(summaryLine((await build(dir)).stdout)).toMatch(/\(1 rendered, 2 unchanged;/);
    await sameAsFullBuild('full-1');
    const { rmSync } = await import('node:fs');
    for (const file of readdirSync(dir.file('site')))
      if (file.startsWith('.designdoc-search-')) rmSync(dir.file(`site/${file}`));
    dir.write(
      'docs/notifications.md',
      NOTIFICATIONS.replace('title: Notification Service', 'title: Notices'),
    );
    // Both shards are indexed again, their unchanged documents parsed again: the last build's
    // text of them is gone.
    expect(summaryLine((await build(dir)).stdout)).toMatch(/\(3 rendered, 0 unchanged;/);
    expect(dir.read('site/index.html')).toContain('>Notices</a>');
    await sameAsFullBuild('full-2');
  });

  it('lists lint findings on the page with --diagnostics', async () => {
    const dir = tempDir({
      'docs/broken.md': readFileSync(`${EXAMPLES_DIR}broken.md`, 'utf8'),
    });
    const result = await build(dir, '--diagnostics');
    expect(result.code).toBe(0);
    const page = dir.read('site/docs/broken.html');
    expect(page).toContain('<h2>Lint findings</h2>');
    expect(page).toMatch(
      /<li class="finding error"><span class="where">broken\.md:\d+:\d+<\/span> <span class="severity">error<\/span> Missing section “[^”]+”/,
    );
    expect(page).toMatch(/<a href="[^"]+\/rules\/required-section\.md">required-section<\/a>/);
    const plain = tempDir({ 'docs/broken.md': readFileSync(`${EXAMPLES_DIR}broken.md`, 'utf8') });
    await build(plain);
    expect(plain.read('site/docs/broken.html')).not.toContain('Lint findings');
    expect(plain.read('site/index.html')).toMatch(
      /<span class="badge lint-errors">\d+ errors, \d+ warnings?<\/span>/,
    );
  });

  it('puts no script from a document into the site', async () => {
    const dir = tempDir({
      'docs/evil.md': [
        '# Evil',
        '',
        '<script>alert(1)</script>',
        '',
        'Text <img src=x onerror="alert(2)"> and <a href="javascript:alert(3)">a link</a>.',
        '',
        '[md link](javascript:alert(4)) ![img](javascript:alert(5)) <javascript:alert(6)>',
        '',
        '<iframe src="https://example.com"></iframe><style>body{display:none}</style>',
        '<details onclick="alert(7)"><summary>More</summary>',
        '',
        'Inside details.',
        '</details>',
        '',
      ].join('\n'),
    });
    await build(dir);
    const page = dir.read('site/docs/evil.html');
    const body = page.split('<div class="doc-body">')[1] as string;
    expect(body).not.toMatch(/<script|<iframe|<style|onerror|onclick|(?:href|src)="javascript:/i);
    expect(body).toContain('[md link](javascript:alert(4))');
    expect(body).toContain('<details><summary>More</summary>');
    expect(body).toContain('<img src="x" />');
    expect(page.match(/<script [^>]*>/g)).toEqual([
      '<script src="../assets/theme.js">',
      '<script src="../assets/site.js" defer>',
    ]);
  });

  it('uses --base-path for the 404 page, which a server shows at any address', async () => {
    const dir = tempDir(siteFixture());
    await build(dir, '--base-path', 'handbook/designs');
    const notFound = dir.read('site/404.html');
    expect(notFound).toContain('href="/handbook/designs/assets/site.css"');
    expect(notFound).toContain('<a href="/handbook/designs/index.html">See every document</a>');
    expect(brokenLinks(dir.file('site'), '/handbook/designs/')).toEqual([]);
  });
});

describe('designdoc build: bad input', () => {
  it('refuses an output folder that holds other files', async () => {
    const dir = tempDir({ ...siteFixture(), 'site/notes.txt': 'mine' });
    const result = await build(dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `designdoc: Output folder ${dir.file('site')} is not empty and was not built by designdoc; choose another --out or empty it\n`,
    );
    expect(dir.read('site/notes.txt')).toBe('mine');
  });

  it('says the same from the built binary, whose build command is bundled apart', () => {
    const dir = tempDir({ ...siteFixture(), 'site/notes.txt': 'mine' });
    const result = runBin(['build', 'docs', '--out', 'site'], { cwd: dir.path });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `designdoc: Output folder ${dir.file('site')} is not empty and was not built by designdoc; choose another --out or empty it\n`,
    );
  });

  it('builds the readable documents and exits 2 naming the unreadable one', async () => {
    const dir = tempDir({ ...siteFixture() });
    dir.write('docs/binary.md', new Uint8Array([0x89, 0x50, 0x00, 0x01]));
    const result = await build(dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^designdoc: docs\/binary\.md: .*binary/i);
    expect(summaryLine(result.stdout)).toMatch(/^Built 3 documents into site\//);
  });

  it('rejects a --base-path that is not a URL path', async () => {
    const dir = tempDir(siteFixture());
    const result = await build(dir, '--base-path', 'https://example.com/docs');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'designdoc: Invalid --base-path “https://example.com/docs”, expected a URL path such as /docs/\n',
    );
    expect(dir.exists('site')).toBe(false);
  });

  it('says so when nothing matches', async () => {
    const dir = tempDir({ 'docs/notes.txt': 'x' });
    const result = await build(dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'designdoc: No Markdown files (.md, .markdown, .mdx) in folder “docs”\n',
    );
  });
});
