import { dirname, posix, relative, sep } from 'node:path';

/** Documents' pages live under this folder of the site, so no document can clash with the site's own pages. */
export const DOCS_FOLDER = 'docs';

/** A path relative to the site root, with `/` separators whatever the platform. */
export type SitePath = string;

/** The deepest folder that holds every file: document pages mirror the tree below it. */
export function commonRoot(files: string[]): string {
  if (files.length === 0) return '.';
  let root = dirname(files[0] as string);
  for (const file of files) {
    while (relative(root, file).startsWith('..')) {
      const parent = dirname(root);
      if (parent === root) break;
      root = parent;
    }
  }
  return root;
}

/** `root/a/b.md` → `a/b.md`: a document's source as the manifest names it, `/`-separated. */
export function sourceOf(file: string, root: string): string {
  return relative(root, file).split(sep).join('/');
}

/** `root/a/b.md` → `docs/a/b.html`; `root/img/x.png` (an asset) → `docs/img/x.png`. */
export function sitePathOf(file: string, root: string, asPage: boolean): SitePath {
  const rel = sourceOf(file, root);
  return `${DOCS_FOLDER}/${asPage ? rel.replace(/\.(?:md|markdown|mdx)$/i, '.html') : rel}`;
}

/** The relative URL from the page at `from` to the site path `to` (both site paths). */
export function hrefBetween(from: SitePath, to: SitePath): string {
  const path = posix.relative(posix.dirname(from), to);
  return encodePath(path || posix.basename(to));
}

/** The relative URL from the page at `from` to the site root (`''` at the top, else `../…`). */
export function rootPrefix(from: SitePath): string {
  const depth = from.split('/').length - 1;
  return '../'.repeat(depth);
}

/** A site path as an href: each segment URL-encoded. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
