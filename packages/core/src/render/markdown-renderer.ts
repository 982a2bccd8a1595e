import MarkdownItFactory, { type MarkdownIt, type Token } from 'markdown-it';
import { createSlugger } from '../markdown/slug.js';

/** A heading as rendered: its level, reader-visible text and the anchor it got. */
export interface RenderedHeading {
  level: number;
  text: string;
  slug: string;
}

/** Per-render state markdown-it carries in its `env`: what the page needs besides the HTML. */
export interface RenderEnv {
  slug: (text: string) => string;
  headings: RenderedHeading[];
  hasMermaid: boolean;
}

/**
 * The one markdown-it instance designdoc renders with: CommonMark + GFM tables and
 * strikethrough, raw HTML passed through (the sanitiser decides what stays), no typographer so
 * the text is the author's. Headings get GitHub-compatible ids (the same anchors the model and
 * the anchor-link rule use); `mermaid` fences become diagram blocks.
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
      const slug = state.slug(inline.content);
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
  return md;
}

/** A fresh env for one document. */
export function createRenderEnv(): RenderEnv {
  return { slug: createSlugger(), headings: [], hasMermaid: false };
}

function textOf(token: Token): string {
  if (token.type === 'text' || token.type === 'code_inline') return token.content;
  return token.children ? token.children.map(textOf).join('') : '';
}
