// What an npm install left in a project: its packages and their bytes on disk. Measured the same
// way by the install test (test/install/install-test.mjs) and the install bench (bench/install.mjs).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The bytes of every file under `dir`. */
export function diskBytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += diskBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

/** The packages npm installed into `project`: node_modules/.package-lock.json's entries. */
export function installedPackages(project) {
  const lock = JSON.parse(readFileSync(join(project, 'node_modules/.package-lock.json'), 'utf8'));
  return Object.keys(lock.packages).filter((path) => path.startsWith('node_modules/')).length;
}
