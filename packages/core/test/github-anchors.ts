/**
 * Headings and the anchors GitHub gives them, for the slug tests (`src/markdown/slug.test.ts`)
 * and for checking the model, the renderer and the anchor-link rule against each other.
 *
 * Each entry is one document: its headings in order (a repeated heading's `-1`, `-2` depend on
 * what came before), written as the Markdown after `## `. Where an expectation comes from:
 *
 * - `github-slugger`: the library's `test/fixtures.json` (Flet/github-slugger, commit
 *   285fe87d45a3). Its script (`script/generate-fixtures.mjs`) rendered each text as a heading in
 *   a gist on github.com and recorded the `href` of the anchor GitHub made. The fixture records
 *   the heading's text; the Markdown here renders to exactly that text (a `_` or `[` that would
 *   be markup is escaped, as the script's Markdown serialiser did; spaces at the ends are
 *   `&#x20;`, as the fixture's own `markdownOverwrite` wrote them).
 * - `markdownlint`: the MD051 fixture `test/link-fragments.md` (DavidAnson/markdownlint, commit
 *   14f3ea166476), whose links to these headings are checked to be the fragments GitHub makes.
 * - `issue 15`: anchors observed on GitHub and quoted in designdoc's issue 15.
 * - `CommonMark`: not observed, derived: the heading's text under the CommonMark 0.31.2 spec
 *   (section named), then GitHub's slug rule (lower case; drop everything but letters, marks,
 *   numbers, connector punctuation, `-` and space; each space → `-`).
 */
export interface AnchorDocument {
  name: string;
  /** Link reference definitions the document has (label → destination). */
  references?: Record<string, string>;
  headings: { markdown: string; anchor: string; source: string }[];
}

const SLUGGER = 'github-slugger';
const MD051 = 'markdownlint';
const ISSUE = 'issue 15';

export const GITHUB_ANCHOR_DOCUMENTS: AnchorDocument[] = [
  {
    name: 'github-slugger fixtures (the cases written by hand, in their order)',
    headings: [
      { markdown: 'alpha', anchor: 'alpha', source: SLUGGER },
      { markdown: 'alpha', anchor: 'alpha-1', source: SLUGGER },
      { markdown: 'bravoCharlieDelta', anchor: 'bravocharliedelta', source: SLUGGER },
      { markdown: '\\_\\_proto\\_\\_', anchor: '__proto__', source: SLUGGER },
      { markdown: '\\_\\_proto\\_\\_', anchor: '__proto__-1', source: SLUGGER },
      { markdown: 'hasOwnProperty', anchor: 'hasownproperty', source: SLUGGER },
      { markdown: 'echo', anchor: 'echo', source: SLUGGER },
      { markdown: 'echo', anchor: 'echo-1', source: SLUGGER },
      { markdown: 'echo 1', anchor: 'echo-1-1', source: SLUGGER },
      { markdown: 'echo-1', anchor: 'echo-1-2', source: SLUGGER },
      { markdown: 'echo', anchor: 'echo-2', source: SLUGGER },
      { markdown: 'foxtrot-1', anchor: 'foxtrot-1', source: SLUGGER },
      { markdown: 'foxtrot', anchor: 'foxtrot', source: SLUGGER },
      { markdown: 'foxtrot', anchor: 'foxtrot-2', source: SLUGGER },
      { markdown: 'heading with a - dash', anchor: 'heading-with-a---dash', source: SLUGGER },
      {
        markdown: 'heading with an _ underscore',
        anchor: 'heading-with-an-_-underscore',
        source: SLUGGER,
      },
      {
        markdown: 'heading with a period.txt',
        anchor: 'heading-with-a-periodtxt',
        source: SLUGGER,
      },
      {
        markdown: 'exchange.bind_headers(exchange, routing [, bindCallback])',
        anchor: 'exchangebind_headersexchange-routing--bindcallback',
        source: SLUGGER,
      },
      { markdown: '&#x20;', anchor: '-', source: SLUGGER },
      { markdown: '&#x20;a', anchor: '-a', source: SLUGGER },
      { markdown: 'a&#x20;', anchor: 'a-', source: SLUGGER },
      { markdown: '&#x20;a&#x20;', anchor: '-a-', source: SLUGGER },
      { markdown: '-a-', anchor: '-a--1', source: SLUGGER },
      {
        markdown: 'apostrophe’s should be trimmed',
        anchor: 'apostrophes-should-be-trimmed',
        source: SLUGGER,
      },
      { markdown: 'golf', anchor: 'golf', source: SLUGGER },
      { markdown: 'golf', anchor: 'golf-1', source: SLUGGER },
      { markdown: 'golf', anchor: 'golf-2', source: SLUGGER },
      { markdown: 'I ♥ unicode', anchor: 'i--unicode', source: SLUGGER },
      { markdown: 'dash-dash', anchor: 'dash-dash', source: SLUGGER },
      { markdown: 'en–dash', anchor: 'endash', source: SLUGGER },
      { markdown: 'em–dash', anchor: 'emdash', source: SLUGGER },
      { markdown: '😄 unicode emoji', anchor: '-unicode-emoji', source: SLUGGER },
      { markdown: '😄-😄 unicode emoji', anchor: '--unicode-emoji', source: SLUGGER },
      { markdown: '😄_😄 unicode emoji', anchor: '_-unicode-emoji', source: SLUGGER },
      { markdown: '😄 - an emoji', anchor: '---an-emoji', source: SLUGGER },
      { markdown: ':smile: - a gemoji', anchor: 'smile---a-gemoji', source: SLUGGER },
      { markdown: 'Привет', anchor: 'привет', source: SLUGGER },
      { markdown: 'Профили пользователей', anchor: 'профили-пользователей', source: SLUGGER },
      { markdown: 'Привет non-latin 你好', anchor: 'привет-non-latin-你好', source: SLUGGER },
      { markdown: ':ok: No underscore', anchor: 'ok-no-underscore', source: SLUGGER },
      { markdown: ':ok_hand: Single', anchor: 'ok_hand-single', source: SLUGGER },
      {
        markdown: ':ok_hand::hatched_chick: Two in a row with no spaces',
        anchor: 'ok_handhatched_chick-two-in-a-row-with-no-spaces',
        source: SLUGGER,
      },
      {
        markdown: ':ok_hand: :hatched_chick: Two in a row',
        anchor: 'ok_hand-hatched_chick-two-in-a-row',
        source: SLUGGER,
      },
      { markdown: 'a\u2028b', anchor: 'ab', source: `${SLUGGER} (Line_Separator)` },
      { markdown: 'a\u2029b', anchor: 'ab-1', source: `${SLUGGER} (Paragraph_Separator)` },
    ],
  },
  {
    name: 'markdownlint MD051 fixture (its headings, in their order)',
    references: { goodref: '#namedlink' },
    headings: [
      {
        markdown: 'Valid/Invalid Link Fragments',
        anchor: 'validinvalid-link-fragments',
        source: MD051,
      },
      { markdown: 'Valid Fragments', anchor: 'valid-fragments', source: MD051 },
      { markdown: 'Valid H3 Heading', anchor: 'valid-h3-heading', source: MD051 },
      {
        markdown: 'Valid Heading With Underscores _',
        anchor: 'valid-heading-with-underscores-_',
        source: MD051,
      },
      {
        markdown: 'Valid *Heading* With _Emphasis_',
        anchor: 'valid-heading-with-emphasis',
        source: MD051,
      },
      { markdown: 'Valid Heading With `Code`', anchor: 'valid-heading-with-code', source: MD051 },
      {
        markdown: 'Valid Heading With Quotes \' And Double Quotes "',
        anchor: 'valid-heading-with-quotes--and-double-quotes-',
        source: MD051,
      },
      {
        markdown: '🚀 Valid Heading With Emoji',
        anchor: '-valid-heading-with-emoji',
        source: MD051,
      },
      {
        markdown: 'Valid Heading 👀 With Emoji 2',
        anchor: 'valid-heading--with-emoji-2',
        source: MD051,
      },
      { markdown: 'Valid Heading 20.10 ❌', anchor: 'valid-heading-2010-', source: MD051 },
      // The check mark goes; the variation selector after it (U+FE0F, a mark) stays.
      { markdown: 'Valid Heading 20.04 ✔️', anchor: 'valid-heading-2004-\uFE0F', source: MD051 },
      {
        markdown: 'Valid Heading With Trailing Space <!-- comment -->',
        anchor: 'valid-heading-with-trailing-space-',
        source: MD051,
      },
      {
        markdown: 'Valid Heading With Two Trailing Spaces  <!-- comment -->',
        anchor: 'valid-heading-with-two-trailing-spaces--',
        source: MD051,
      },
      {
        markdown: 'Valid Heading With Embedded <!-- comment --> Comment',
        anchor: 'valid-heading-with-embedded--comment',
        source: MD051,
      },
      {
        markdown: 'The "Best" Headin\' for Testin\' Quotes',
        anchor: 'the-best-headin-for-testin-quotes',
        source: MD051,
      },
      {
        markdown: "Valid Heading About L'Hôpital's Rule",
        anchor: 'valid-heading-about-lhôpitals-rule',
        source: MD051,
      },
      { markdown: '标题', anchor: '标题', source: MD051 },
      {
        markdown: '[Valid Heading Is a Link](https://example.com)',
        anchor: 'valid-heading-is-a-link',
        source: MD051,
      },
      {
        markdown: 'Valid Heading [Has a Link](https://example.com)',
        anchor: 'valid-heading-has-a-link',
        source: MD051,
      },
      {
        markdown: '[Valid Heading Is a Reference Link][goodref]',
        anchor: 'valid-heading-is-a-reference-link',
        source: MD051,
      },
      {
        markdown: 'Valid Heading [Has a Reference Link][goodref]',
        anchor: 'valid-heading-has-a-reference-link',
        source: MD051,
      },
      // The fixture lists `#valid-heading-is-an-image` as invalid: an image gives no text.
      { markdown: '![Valid Heading Is an Image](https://example.com)', anchor: '', source: MD051 },
      {
        markdown: 'Valid Heading Has ![an Image](https://example.com)',
        anchor: 'valid-heading-has-',
        source: MD051,
      },
      {
        markdown: 'Valid_Heading Escaped_Underscores',
        anchor: 'valid_heading-escaped_underscores',
        source: MD051,
      },
      {
        markdown: 'Valid Heading\\-With\\_Embedded\\_Escaping',
        anchor: 'valid-heading-with_embedded_escaping',
        source: MD051,
      },
      { markdown: 'Valid Repeated Heading', anchor: 'valid-repeated-heading', source: MD051 },
      { markdown: 'Valid Repeated Heading', anchor: 'valid-repeated-heading-1', source: MD051 },
      { markdown: 'Valid Repeated Heading', anchor: 'valid-repeated-heading-2', source: MD051 },
      { markdown: '$\\LaTeX$ Style', anchor: 'latex-style', source: MD051 },
      { markdown: 'Area: $\\pi * r^2$', anchor: 'area-pi--r2', source: MD051 },
    ],
  },
  {
    name: 'intraword underscores, spacing, emphasis, code, links, HTML, entities and escapes',
    references: { rfc: 'https://www.rfc-editor.org/rfc/rfc9110' },
    headings: [
      { markdown: 'foo_bar', anchor: 'foo_bar', source: ISSUE },
      { markdown: 'custom  API type', anchor: 'custom--api-type', source: ISSUE },
      {
        markdown: 'snake_case_name and __dunder__',
        anchor: 'snake_case_name-and-dunder',
        source: 'CommonMark §6.2 (intraword `_` is text; `__x__` is strong emphasis)',
      },
      {
        markdown: '\\_\\_init\\_\\_ and _private_ items',
        anchor: '__init__-and-private-items',
        source: 'CommonMark §2.4 (escapes), §6.2 (emphasis)',
      },
      {
        markdown: '*Emphasis*, **strong** and ~~struck~~ text',
        anchor: 'emphasis-strong-and-struck-text',
        source: 'CommonMark §6.2, GFM strikethrough',
      },
      {
        markdown: 'The `fix_all` command',
        anchor: 'the-fix_all-command',
        source: 'CommonMark §6.1 (code span contents are literal)',
      },
      {
        markdown: 'Spaces in `a  b` and `` `ticks` ``',
        anchor: 'spaces-in-a--b-and-ticks',
        source: 'CommonMark §6.1 (inner spaces kept; one space stripped at each end)',
      },
      {
        markdown: 'Use `*` and `_` in `__all__`',
        anchor: 'use--and-_-in-__all__',
        source: 'CommonMark §6.1',
      },
      {
        markdown: 'See [sets](https://en.wikipedia.org/wiki/Set_(mathematics)) for tags',
        anchor: 'see-sets-for-tags',
        source: 'CommonMark §6.3 (balanced parentheses in a destination)',
      },
      {
        markdown: 'HTTP semantics [RFC 9110][rfc]',
        anchor: 'http-semantics-rfc-9110',
        source: 'CommonMark §6.3 (full reference link)',
      },
      {
        markdown: 'Undefined [label][nowhere]',
        anchor: 'undefined-labelnowhere',
        source: 'CommonMark §6.3 (no definition: the brackets are text)',
      },
      {
        markdown: 'Autolink <https://example.com/a_b>',
        anchor: 'autolink-httpsexamplecoma_b',
        source: 'CommonMark §6.5 (the link text is the URL)',
      },
      {
        markdown: '<span title="x">Inline</span> <b>HTML</b> tags',
        anchor: 'inline-html-tags',
        source: 'CommonMark §6.6 (raw HTML: tags are not text)',
      },
      {
        markdown: 'Fish &amp; Chips, &lt;T&gt; and Caf&eacute;',
        anchor: 'fish--chips-t-and-café',
        source: 'CommonMark §2.5 (entity references)',
      },
      {
        markdown: 'R&D, Q&A and A&nbsp;B',
        anchor: 'rd-qa-and-ab',
        source: 'CommonMark §2.5 (`&D` is no entity; `&nbsp;` is U+00A0, dropped)',
      },
      {
        markdown: '1\\. Intro \\*not emphasis\\*',
        anchor: '1-intro-not-emphasis',
        source: 'CommonMark §2.4',
      },
      {
        markdown: 'Footnote[^1] and #hash',
        anchor: 'footnote1-and-hash',
        source: 'GFM footnotes (the reference renders as its number)',
      },
      { markdown: 'API & Design: v2!', anchor: 'api--design-v2', source: 'github-slugger rule' },
      { markdown: '2.1 Non-Goals', anchor: '21-non-goals', source: 'github-slugger rule' },
      { markdown: 'foo_bar', anchor: 'foo_bar-1', source: 'github-slugger rule (a repeat)' },
    ],
  },
];
