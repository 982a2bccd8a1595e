import mermaid from 'mermaid';

let initialised: 'dark' | 'default' | null = null;

/**
 * Draw every `pre.mermaid` block under `root` as an SVG. Loaded on demand (this module brings
 * Mermaid, the largest chunk) only for documents that have a diagram. `securityLevel: strict`
 * keeps diagram labels from carrying HTML or click handlers.
 */
export async function renderMermaid(root: HTMLElement): Promise<void> {
  const theme = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'default';
  if (initialised !== theme) {
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme });
    initialised = theme;
  }
  const blocks = [...root.querySelectorAll<HTMLElement>('pre.mermaid:not([data-processed])')];
  if (blocks.length === 0) return;
  await mermaid.run({ nodes: blocks, suppressErrors: true });
}
