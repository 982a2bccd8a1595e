// Writes the package.json of the image's install folder (/opt/designdoc): a private project
// that approves the two install scripts README.md's install section names, and, with
// --dependencies-of, depends on everything the given packages depend on except designdoc's own
// packages. The Dockerfile installs those third-party dependencies first, from the manifests
// alone, so that slow layer (better-sqlite3 compiles when no prebuilt binary can be fetched)
// is rebuilt only when a manifest changes; the packed packages are then installed over it as a
// user installs them (`npm install designdoc @designdoc/server`).
// Usage: node image-package.mjs OUT [--dependencies-of MANIFEST...]
import { readFileSync, writeFileSync } from 'node:fs';

const [out, flag, ...manifests] = process.argv.slice(2);
if (!out || (flag !== undefined && flag !== '--dependencies-of')) {
  console.error('usage: node image-package.mjs OUT [--dependencies-of MANIFEST...]');
  process.exit(2);
}

const dependencies = {};
for (const manifest of manifests) {
  const { dependencies: declared = {} } = JSON.parse(readFileSync(manifest, 'utf8'));
  for (const [name, range] of Object.entries(declared))
    if (name !== 'designdoc' && !name.startsWith('@designdoc/')) dependencies[name] = range;
}

const project = {
  name: 'designdoc-image',
  private: true,
  description: 'designdoc as installed in the container image (Dockerfile)',
  allowScripts: { 'better-sqlite3': true, 'msgpackr-extract': true },
  dependencies,
};
writeFileSync(out, `${JSON.stringify(project, null, 2)}\n`);
