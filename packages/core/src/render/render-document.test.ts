import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GITHUB_ANCHOR_DOCUMENTS } from '../../test/github-anchors.js';
import { TDD_DOCUMENT } from '../../test/tdd-document.js';
import { parseDocument } from '../model/parse.js';
import type { Section } from '../model/schema.js';
import { getPreset } from '../template/presets/index.js';
import { renderDocument } from './render-document.js';

const tdd = getPreset('tdd');
const render = (markdown: string, rewriteUrl?: (url: string) => string) =>
  renderDocument(parseDocument(markdown, tdd), rewriteUrl ? { rewriteUrl } : {});

const slugs = (sections: Section[]): string[] =>
  sections.flatMap((s) => [s.slug, ...slugs(s.sections)]);

describe('renderDocument', () => {
  it('gives headings the same anchors as the model, so links checked by lint work on the page', () => {
    const parsed = parseDocument(TDD_DOCUMENT, tdd);
    const rendered = renderDocument(parsed);
    expect(rendered.headings.slice(1).map((h) => h.slug)).toEqual(slugs(parsed.model.sections));
    expect(rendered.html).toContain('<h2 id="goals-and-non-goals">Goals and Non-Goals</h2>');
  });

  it('leaves the front matter out and keeps the title', () => {
    const { html, headings } = render('---\ntitle: T\nstatus: draft\n---\n# Title `x`\n\nBody\n');
    expect(html).toBe('<h1 id="title-x">Title <code>x</code></h1>\n<p>Body</p>\n');
    expect(headings).toEqual([{ level: 1, text: 'Title x', slug: 'title-x' }]);
  });

  it('numbers repeated headings as GitHub does', () => {
    const { headings } = render('# A\n\n## Notes\n\n## Notes\n');
    expect(headings.map((h) => h.slug)).toEqual(['a', 'notes', 'notes-1']);
  });

  it.each(GITHUB_ANCHOR_DOCUMENTS)('gives the headings of “$name” GitHub’s ids', (document) => {
    const markdown = [
      '# Title',
      ...document.headings.map((h) => `## ${h.markdown}`),
      ...Object.entries(document.references ?? {}).map(([label, href]) => `[${label}]: ${href}`),
    ].join('\n\n');
    const parsed = parseDocument(markdown, tdd);
    const { headings, html } = renderDocument(parsed);
    expect(headings.slice(1).map((h) => h.slug)).toEqual(document.headings.map((h) => h.anchor));
    expect(slugs(parsed.model.sections)).toEqual(document.headings.map((h) => h.anchor));
    for (const { anchor } of document.headings.filter((h) => h.anchor !== ''))
      expect(html).toContain(`<h2 id="${anchor}">`);
  });

  it('turns mermaid fences into diagram blocks and keeps other code exactly', () => {
    const { html, hasMermaid } = render(
      '```mermaid\ngraph TD; A-->B\n```\n\n```\n+---+   +---+\n| a |-->| b |\n+---+   +---+\n```\n',
    );
    expect(hasMermaid).toBe(true);
    expect(html).toContain('<pre class="mermaid">graph TD; A--&gt;B\n</pre>');
    expect(html).toContain(
      '<pre><code>+---+   +---+\n| a |--&gt;| b |\n+---+   +---+\n</code></pre>',
    );
    expect(render('```ts\nlet a = 1;\n```\n').hasMermaid).toBe(false);
  });

  it('removes script, event handlers, unsafe URLs, frames and styles from raw HTML', () => {
    const { html } = render(
      [
        '<script>alert(1)</script>',
        '',
        'A <img src="x.png" onerror="alert(2)"> and <a href="javascript:alert(3)" onclick="x()">b</a>.',
        '',
        '<iframe src="https://example.com"></iframe><style>p{}</style><form><input></form>',
        '',
        '<div style="position:fixed">kept text</div>',
        '',
        '<details open><summary>More</summary>',
        '',
        'Inside <kbd>Ctrl</kbd> H<sub>2</sub>O.',
        '</details>',
        '',
      ].join('\n'),
    );
    expect(html).toBe(
      [
        '',
        '<p>A <img src="x.png" /> and <a>b</a>.</p>',
        '',
        '<div>kept text</div>',
        '<details open><summary>More</summary>',
        '<p>Inside <kbd>Ctrl</kbd> H<sub>2</sub>O.</p>',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  it('renders Markdown links with unsafe schemes as text', () => {
    const { html } = render('[a](javascript:alert(1)) ![b](vbscript:x) <javascript:alert(2)>\n');
    expect(html).toBe(
      '<p>[a](javascript:alert(1)) ![b](vbscript:x) &lt;javascript:alert(2)&gt;</p>\n',
    );
  });

  it('rewrites every link and image URL once, from Markdown and raw HTML alike', () => {
    const seen: string[] = [];
    const rewrite = (url: string) => {
      seen.push(url);
      return url.replace(/\.md(#|$)/, '.html$1');
    };
    const markdownOnly = render('[a](other.md#x) ![i](img.png)\n', rewrite).html;
    expect(markdownOnly).toBe('<p><a href="other.html#x">a</a> <img src="img.png" alt="i"></p>\n');
    expect(seen).toEqual(['other.md#x', 'img.png']);
    seen.length = 0;
    const mixed = render(
      '[a](other.md) <a href="third.md">b</a> <img src="p.png">\n',
      rewrite,
    ).html;
    expect(mixed).toBe(
      '<p><a href="other.html">a</a> <a href="third.html">b</a> <img src="p.png" /></p>\n',
    );
    expect(seen).toEqual(['other.md', 'third.md', 'p.png']);
  });

  it('never lets script through, whatever the input', () => {
    const piece = fc.constantFrom(
      '<script>x()</script>',
      '<img src=x onerror=y()>',
      '<a href="javascript:z()">l</a>',
      '[l](javascript:z())',
      '<svg onload=a()>',
      '<iframe src=//e.com>',
      '<p style="x" onmouseover="b()">',
      '<a href=" JaVaScRiPt:c()">',
      '`code <script>`',
      '```\n<script>\n```',
      '> ',
      '- ',
      '# ',
      '\n',
      '\n\n',
      '| a |\n|---|\n| <b onclick=d()> |',
      'text',
      '<',
      '>',
      '"',
      "'",
      '=',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (pieces) => {
        const { html } = render(pieces.join(''));
        // Text is escaped, so every `<` left in the output opens a real tag.
        for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) {
          expect(tag).not.toMatch(
            /^<(?:script|iframe|svg|style)|\son\w+=|(?:href|src)="\s*javascript:/i,
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});
