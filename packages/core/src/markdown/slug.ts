import GithubSlugger from 'github-slugger';
import type { Block, HeadingBlock, ListItem } from './blocks.js';
import { headingText, type ReferenceMap } from './heading-text.js';

/**
 * GitHub's anchors for one document's headings, taking each heading's rendered text (see
 * `headingText`): lower case, punctuation other than `-` and `_` dropped, each space a `-` (two
 * spaces give `--`), and `-1`, `-2`, … on repeats. Call it once per heading, in document order.
 */
export function createTextSlugger(): (renderedText: string) => string {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(text);
}

/**
 * GitHub's anchors for one document's headings, taking each heading's Markdown (`## The
 * \`fix_all\` command` → `the-fix_all-command`). `references` are the document's link reference
 * definitions, so that a heading holding `[text][label]` reads as its link text.
 */
export function createSlugger(references?: ReferenceMap): (headingMarkdown: string) => string {
  const slug = createTextSlugger();
  return (markdown) => slug(headingText(markdown, references));
}

interface CachedAnchors {
  references: ReferenceMap | undefined;
  /** Whether a heading has a `[`, so that link definitions may change its anchor. */
  bracket: boolean;
  anchors: ReadonlyMap<HeadingBlock, string>;
}

const anchorCache = new WeakMap<Block[], CachedAnchors>();

/**
 * The anchor of every heading in the blocks, those in block quotes and list items included, in
 * document order: the ids GitHub (and designdoc's renderer) gives them. Computed once for a
 * document's blocks and shared (the model's section slugs and the anchor-link rule ask for the
 * same), so the map must not be changed.
 */
export function headingAnchors(
  blocks: Block[],
  references?: ReferenceMap,
): ReadonlyMap<HeadingBlock, string> {
  const cached = anchorCache.get(blocks);
  if (cached && (!cached.bracket || sameReferences(cached.references, references)))
    return cached.anchors;
  const anchors = new Map<HeadingBlock, string>();
  const slug = createSlugger(references);
  let bracket = false;
  // Index loops: lint runs without V8's optimising compiler, where for…of over the Rust RFCs'
  // 12,863 list items took 10 ms (as long as reading all their headings' text), this 5 ms.
  const visit = (list: Block[]) => {
    for (let i = 0; i < list.length; i++) {
      const block = list[i] as Block;
      if (block.type === 'heading') {
        anchors.set(block, slug(block.text));
        bracket ||= block.text.includes('[');
      } else if (block.type === 'blockquote') visit(block.children);
      else if (block.type === 'list')
        for (let j = 0; j < block.items.length; j++) {
          const children = (block.items[j] as ListItem).children;
          if (children.length > 0) visit(children);
        }
    }
  };
  visit(blocks);
  anchorCache.set(blocks, { references, bracket, anchors });
  return anchors;
}

function sameReferences(a: ReferenceMap | undefined, b: ReferenceMap | undefined): boolean {
  return a === b || ((a === undefined || a.size === 0) && (b === undefined || b.size === 0));
}
