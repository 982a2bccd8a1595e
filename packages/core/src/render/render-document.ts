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
  const env = createRenderEnv();
  const html = sanitizeDocumentHtml(
    renderer.render(body, env as unknown as Record<string, unknown>),
    options.rewriteUrl,
  );
  return { html, headings: env.headings, hasMermaid: env.hasMermaid };
}
