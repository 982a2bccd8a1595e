import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// This module sits at the top of src/ so that, compiled (dist/) or bundled (bundle/), it is one
// folder below the package: ../assets is the package's assets folder either way.
const ASSETS = fileURLToPath(new URL('../assets/', import.meta.url));
const require = createRequire(import.meta.url);

/**
 * Mermaid's browser file, when the `mermaid` package is installed beside designdoc (an optional
 * peer dependency: one 3.6 MB file is all a site needs, but the package brings about 120 MB of
 * dependencies that every lint install would carry). Without it, diagrams stay as their source.
 */
export function mermaidBrowserFile(): string | null {
  try {
    return require.resolve('mermaid/dist/mermaid.min.js');
  } catch {
    return null;
  }
}

/** The browser files every site gets, by their name under the site's `assets/` folder. */
export function siteAssetFiles(withMermaid: boolean): Map<string, () => Buffer> {
  const files = new Map<string, () => Buffer>();
  for (const name of ['site.css', 'site.js', 'theme.js', 'search.js'])
    files.set(name, () => readFileSync(join(ASSETS, name)));
  const mermaid = withMermaid ? mermaidBrowserFile() : null;
  if (mermaid) {
    files.set('mermaid.min.js', () => readFileSync(mermaid));
    files.set('mermaid-init.js', () => readFileSync(join(ASSETS, 'mermaid-init.js')));
  }
  return files;
}

/** The script `designdoc preview` adds to every page: reload when the site is rebuilt. */
export function liveReloadScript(): Buffer {
  return readFileSync(join(ASSETS, 'live-reload.js'));
}
