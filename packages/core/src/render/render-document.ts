import type { Token } from 'markdown-it';
import type { ParsedDocument } from '../model/parse.js';
import {
  createMarkdownRenderer,
  createRenderEnv,
  type RenderedHeading,
} from './markdown-renderer.js';
import { sanitizeDocumentHtml, type UrlRewriter } from './sanitize.js';

export interface RenderOptions {
  /** Rewrites link and image URLs (e.g. `other.md#x` → `other.html#x` in a built site). */
  rewriteUrl?: UrlRewriter;
}

/** A document as safe HTML, with what a page around it needs. */
export interface RenderedDocument {
  /** Sanitised HTML of the body (front matter left out). */
  html: string;
  /** Every heading in order, with the id it carries in `html`. */
  headings: RenderedHeading[];
  /** Whether the body has a Mermaid diagram (a page loads the Mermaid script only then). */
  hasMermaid: boolean;
}

let renderer: ReturnType<typeof createMarkdownRenderer> | undefined;

function hasRawHtml(tokens: Token[]): boolean {
  return tokens.some(
    (t) =>
      t.type === 'html_block' ||
      (t.type === 'inline' && t.children?.some((c) => c.type === 'html_inline') === true),
  );
}

/**
 * Render a parsed document's body to sanitised HTML. Safe for any input: whatever raw HTML the
 * document holds, the result carries no script, event handler or unsafe URL.
 */
export function renderDocument(doc: ParsedDocument, options: RenderOptions = {}): RenderedDocument {
  renderer ??= createMarkdownRenderer();
  const block = doc.frontMatterBlock;
  const body = block
    ? doc.source.slice(doc.lines.starts[block.lineCount] ?? doc.source.length)
    : doc.source;
  const env = createRenderEnv(options.rewriteUrl);
  const markdownEnv = env as unknown as Record<string, unknown>;
  const tokens = renderer.parse(body, markdownEnv);
  // markdown-it escapes all text and refuses unsafe link schemes itself, so only raw HTML can
  // bring script in; a document without any (most of them) skips the costlier sanitiser.
  const rawHtml = hasRawHtml(tokens);
  env.markRewritten = rawHtml;
  const html = renderer.renderer.render(tokens, renderer.options, markdownEnv);
  return {
    html: rawHtml ? sanitizeDocumentHtml(html, options.rewriteUrl) : html,
    headings: env.headings,
    hasMermaid: env.hasMermaid,
  };
}
