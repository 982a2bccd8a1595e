import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// This module sits at the top of src/ so that, compiled (dist/) or bundled (bundle/), it is one
// folder below the package: ../assets is the package's assets folder either way.
const ASSETS = fileURLToPath(new URL('../assets/', import.meta.url));
const require = createRequire(import.meta.url);

/** The browser files every site gets, by their name under the site's `assets/` folder. */
export function siteAssetFiles(withMermaid: boolean): Map<string, () => Buffer> {
  const files = new Map<string, () => Buffer>();
  for (const name of ['site.css', 'site.js', 'theme.js'])
    files.set(name, () => readFileSync(join(ASSETS, name)));
  // MiniSearch's browser build: the same library that builds the index reads it.
  files.set('minisearch.js', () =>
    readFileSync(join(dirname(require.resolve('minisearch')), '..', 'umd', 'index.js')),
  );
  if (withMermaid) {
    files.set('mermaid.min.js', () => readFileSync(require.resolve('mermaid/dist/mermaid.min.js')));
    files.set('mermaid-init.js', () => readFileSync(join(ASSETS, 'mermaid-init.js')));
  }
  return files;
}

/** The script `designdoc preview` adds to every page: reload when the site is rebuilt. */
export function liveReloadScript(): Buffer {
  return readFileSync(join(ASSETS, 'live-reload.js'));
}
