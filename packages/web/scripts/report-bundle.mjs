// What each part of the app costs to load, from the build's manifest: the first screen (the
// entry and everything it imports statically), then what opening the editor and drawing a
// Mermaid diagram add on top. Sizes are raw and gzip-compressed bytes.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const out = new URL('../../server/web-app/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', out), 'utf8'));

/** The files a manifest entry loads at once: its chunk, its CSS and its static imports, deeply. */
function closure(key, seen = new Set()) {
  const entry = manifest[key];
  if (!entry || seen.has(entry.file)) return seen;
  seen.add(entry.file);
  for (const css of entry.css ?? []) seen.add(css);
  for (const imported of entry.imports ?? []) closure(imported, seen);
  return seen;
}

function size(files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(new URL(file, out));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.length, raw, gzip };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const first = closure('index.html');
const minus = (set) => [...set].filter((f) => !first.has(f));
const rows = [
  ['first screen (sign-in, home, lists, document view)', [...first]],
  ['+ editor (CodeMirror and the core: lint, render)', minus(closure('src/scenes/Editor.tsx'))],
  [
    '+ comments (the core, to render their Markdown; the editor shares it)',
    minus(closure('src/comments/render-comment.ts')),
  ],
  [
    '+ Mermaid (only for a document with a diagram)',
    minus(closure('src/components/render-mermaid.ts')),
  ],
];
console.log('| what loads | files | raw | gzip |\n| --- | ---: | ---: | ---: |');
for (const [name, files] of rows) {
  const s = size(files);
  console.log(`| ${name} | ${s.files} | ${kb(s.raw)} | ${kb(s.gzip)} |`);
}
