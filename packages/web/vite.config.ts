import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { precompress } from './scripts/precompress.mjs';

const OUT_DIR = fileURLToPath(new URL('../server/web-app', import.meta.url));

/** Brotli and gzip forms of every text asset, written once the build is (scripts/precompress.mjs). */
const precompressed: Plugin = {
  name: 'designdoc-precompress',
  apply: 'build',
  closeBundle() {
    precompress(OUT_DIR);
  },
};

// The app is built into the server's package (packages/server/web-app), which serves it at `/`;
// in development, `vite` proxies the API to a server on 127.0.0.1:8080.
export default defineConfig({
  plugins: [react(), precompressed],
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'es2022',
    // Sizes: `npm run report -w @designdoc/web` (scripts/report-bundle.mjs). Mermaid's chunk is large by nature and
    // loads only for documents that have a diagram.
    chunkSizeWarningLimit: 4096,
    reportCompressedSize: false,
    // For scripts/report-bundle.mjs: which chunk each entry and lazy screen loads.
    manifest: true,
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
