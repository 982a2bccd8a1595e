import mermaid from 'mermaid';

let initialised = false;

/**
 * Draw every `pre.mermaid` block under `root` as an SVG. Loaded on demand (this module brings
 * Mermaid, the largest chunk) only for documents that have a diagram. `securityLevel: strict`
 * keeps diagram labels from carrying HTML or click handlers. Diagrams are drawn in Mermaid's
 * default theme on a light panel in dark mode too: its dark theme puts edge labels at a
 * contrast too low to read.
 */
export async function renderMermaid(root: HTMLElement): Promise<void> {
  if (!initialised) {
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' });
    initialised = true;
  }
  const blocks = [...root.querySelectorAll<HTMLElement>('pre.mermaid:not([data-processed])')];
  if (blocks.length === 0) return;
  await mermaid.run({ nodes: blocks, suppressErrors: true });
}
