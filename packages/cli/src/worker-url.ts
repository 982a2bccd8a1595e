import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The script of a worker thread that the module at `moduleUrl` (its `import.meta.url`) starts,
 * `script` being the path from that module to the worker in the build (`./lint-worker.js`).
 * Three layouts: from source (under Vitest) the build's copy, since a worker cannot load `.ts`
 * (`src/` becomes `dist/`); in the bundle, where every module is a chunk in `bundle/`, the
 * entry `bundled` beside the chunk when it is named otherwise than `script`
 * (`site-render-worker.js`); else the compiled script beside the compiled module.
 */
export function workerUrl(moduleUrl: string, script: string, bundled?: string): URL {
  if (moduleUrl.endsWith('.ts'))
    return new URL(script, moduleUrl.replace(/\/src\/(?!.*\/src\/)/, '/dist/'));
  if (bundled) {
    const url = new URL(`./${bundled}`, moduleUrl);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return new URL(script, moduleUrl);
}
