/**
 * `@designdoc/core/render`: a parsed document as sanitised HTML. An entry of its own because it
 * brings markdown-it's renderer and sanitize-html (with postcss): what lints and parses, the
 * main entry, never loads them.
 */
export type { RenderedHeading } from './render/markdown-renderer.js';
export {
  type RenderedDocument,
  type RenderOptions,
  renderDocument,
} from './render/render-document.js';
export type { UrlRewriter } from './render/sanitize.js';
