import MarkdownItFactory, { type MarkdownIt, type Token } from 'markdown-it';
import { inlineTokensText } from '../markdown/heading-text.js';
import { createTextSlugger } from '../markdown/slug.js';

/** Rewrites a link (`a href`) or embedded resource (`img src`) URL; returns it unchanged to keep it. */
export type UrlRewriter = (url: string, kind: 'link' | 'image') => string;

/** Marks a URL the renderer has rewritten already (see RenderEnv.markRewritten). */
export const REWRITTEN_MARKER = 'data-dd-rewritten';

/** A heading as rendered: its level, reader-visible text and the anchor it got. */
export interface RenderedHeading {
  level: number;
  text: string;
  slug: string;
}

/** Per-render state markdown-it carries in its `env`: what the page needs besides the HTML. */
export interface RenderEnv {
  /** GitHub's anchor for the next heading, from its rendered text (see `createTextSlugger`). */
  slug: (renderedText: string) => string;
  headings: RenderedHeading[];
  hasMermaid: boolean;
  rewriteUrl: UrlRewriter | undefined;
  /**
   * Mark the URLs rewritten here (`data-dd-rewritten`) so that the sanitiser, which rewrites
   * the URLs of raw HTML, does not rewrite them twice; it drops the marker.
   */
  markRewritten: boolean;
}

/**
 * The one markdown-it instance designdoc renders with: CommonMark + GFM tables and
 * strikethrough, raw HTML passed through (the sanitiser decides what stays), no typographer so
 * the text is the author's. Headings get GitHub-compatible ids (the same anchors the model and
 * the anchor-link rule use); `mermaid` fences become diagram blocks; link and image URLs go
 * through the caller's rewrite.
 */
export function createMarkdownRenderer(): MarkdownIt {
  const md = MarkdownItFactory({ html: true, linkify: false, typographer: false });
  const rules = md.renderer.rules;

  rules.heading_open = (tokens, idx, options, env, self) => {
    const state = env as unknown as RenderEnv;
    const token = tokens[idx] as Token;
    const inline = tokens[idx + 1];
    if (inline?.type === 'inline') {
      const text = (inline.children?.map(textOf).join('') ?? inline.content).trim();
      // The anchor comes from the tokens just parsed, so link definitions anywhere in the
      // document count, as on GitHub.
      const slug = state.slug(inlineTokensText(inline.children ?? []));
      token.attrSet('id', slug);
      state.headings.push({ level: Number(token.tag.slice(1)), text, slug });
    }
    return self.renderToken(tokens, idx, options);
  };

  const defaultFence = rules.fence;
  rules.fence = (tokens, idx, options, env, self) => {
    const token = tokens[idx] as Token;
    const language = token.info.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    if (language === 'mermaid') {
      (env as unknown as RenderEnv).hasMermaid = true;
      return `<pre class="mermaid">${md.utils.escapeHtml(token.content)}</pre>\n`;
    }
    return defaultFence ? defaultFence(tokens, idx, options, env, self) : '';
  };

  const rewrite = (token: Token, attribute: string, kind: 'link' | 'image', env: unknown) => {
    const state = env as RenderEnv;
    const url = token.attrGet(attribute);
    if (url === null || !state.rewriteUrl) return;
    token.attrSet(attribute, state.rewriteUrl(String(url), kind));
    if (state.markRewritten) token.attrSet(REWRITTEN_MARKER, '');
  };
  rules.link_open = (tokens, idx, options, env, self) => {
    rewrite(tokens[idx] as Token, 'href', 'link', env);
    return self.renderToken(tokens, idx, options);
  };
  const defaultImage = rules.image;
  rules.image = (tokens, idx, options, env, self) => {
    rewrite(tokens[idx] as Token, 'src', 'image', env);
    return defaultImage ? defaultImage(tokens, idx, options, env, self) : '';
  };
  return md;
}

/** A fresh env for one document. */
export function createRenderEnv(rewriteUrl?: UrlRewriter): RenderEnv {
  return {
    slug: createTextSlugger(),
    headings: [],
    hasMermaid: false,
    rewriteUrl,
    markRewritten: false,
  };
}

function textOf(token: Token): string {
  if (token.type === 'text' || token.type === 'code_inline') return token.content;
  return token.children ? token.children.map(textOf).join('') : '';
}
