// Precompress the built app: beside each text asset, its brotli (`.br`, quality 11) and gzip
// (`.gz`, level 9) forms, which the server sends to browsers that accept them (@fastify/static's
// `preCompressed`), so no request spends CPU compressing and none goes out uncompressed. Run by
// the Vite build (vite.config.ts); `node scripts/precompress.mjs DIR` runs it on a folder.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** What compresses: scripts, styles, markup and data; images other than SVG already are. */
const TEXT = /\.(?:js|mjs|css|html|svg|json|txt|webmanifest)$/;

/** Below this many bytes the headers of a compressed answer cost about what it saves. */
const MIN_BYTES = 1024;

/** Write `file.br` and `file.gz` for every text file under `dir`; the bytes before and after. */
export function precompress(dir) {
  const totals = { files: 0, raw: 0, brotli: 0, gzip: 0 };
  for (const name of readdirSync(dir, { recursive: true })) {
    const path = join(dir, String(name));
    if (!TEXT.test(path) || !statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    if (bytes.length < MIN_BYTES) continue;
    const brotli = brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    });
    const gzip = gzipSync(bytes, { level: 9 });
    writeFileSync(`${path}.br`, brotli);
    writeFileSync(`${path}.gz`, gzip);
    totals.files++;
    totals.raw += bytes.length;
    totals.brotli += brotli.length;
    totals.gzip += gzip.length;
  }
  return totals;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/precompress.mjs DIR');
    process.exit(2);
  }
  console.log(precompress(dir));
}
