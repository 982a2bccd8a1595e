// Bundle the compiled CLI (packages/cli/dist) into packages/cli/bundle, the code the published
// `designdoc` package runs. Each thread then loads one module and the chunks it shares instead of
// about two hundred (the CLI, @designdoc/core, yaml, markdown-it, commander, …): a one-document
// lint takes 0.13 s instead of 0.25 s on this 2-core machine (bench/README.md, "Install").
//
// @designdoc/core and the third-party libraries the commands run are inlined (they are the CLI
// package's devDependencies), so `npm install designdoc` installs no dependency tree. What stays
// outside is what the CLI finds at run time: the optional peers @designdoc/server (serve, migrate, user), mermaid (the
// site's diagrams) and check-schema's database drivers and PostgreSQL parser (better-sqlite3,
// pg, mysql2, libpg-query: native, WebAssembly or large, loaded on use). test/packages.test.ts
// checks the bundle imports nothing
// else. Commands are split into chunks loaded on use, so a lint run never loads the renderer,
// the sanitiser or the search indexer.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

/** Packages the bundle imports at run time: the CLI's optional peers. */
const RUNTIME_PACKAGES = [
  '@designdoc/server',
  'mermaid',
  'better-sqlite3',
  'libpg-query',
  'mysql2',
  'pg',
];

const OUT = 'packages/cli/bundle';

/**
 * commander requires node:child_process at load for executable subcommands, which designdoc has
 * none of; loading it (with net, dgram and streams) cost 3 ms of every start. Commander gets a
 * stand-in that loads the module on first use.
 */
const lazyChildProcessForCommander = {
  name: 'lazy-child-process-for-commander',
  setup(build) {
    build.onResolve({ filter: /^(?:node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'lazy-child-process', namespace: 'designdoc-lazy' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'designdoc-lazy' }, () => ({
      contents:
        "let loaded; const load = () => (loaded ??= require('node:child_process'));\n" +
        'module.exports = new Proxy({}, { get: (_, key) => load()[key] });\n',
      loader: 'js',
    }));
  },
};
rmSync(OUT, { recursive: true, force: true });

const result = await build({
  entryPoints: {
    main: 'packages/cli/dist/main.js',
    'lint-worker': 'packages/cli/dist/lint/lint-worker.js',
    'site-render-worker': 'packages/cli/dist/site/render-worker.js',
  },
  outdir: OUT,
  bundle: true,
  splitting: true,
  chunkNames: '[name]-[hash]',
  external: RUNTIME_PACKAGES,
  plugins: [lazyChildProcessForCommander],
  // yaml's ES module build (the one it gives browsers): esbuild hoists and tree-shakes it, where
  // the CommonJS build's ~70 modules were wrapped and evaluated at every start (12 ms).
  alias: { yaml: './node_modules/yaml/browser/index.js' },
  platform: 'node',
  target: 'node20',
  format: 'esm',
  logLevel: 'warning',
  // The licences of the inlined packages, in one file beside the code.
  legalComments: 'linked',
  metafile: true,
  // CommonJS dependencies (yaml's CJS build, commander) call require(): give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});

// The packages inlined, with their versions: what a security scanner cannot see in node_modules.
const inlined = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (!match) continue;
  const name = match[1];
  const root = input.slice(0, match.index + match[0].length);
  if (!inlined.has(name)) inlined.set(name, root);
}
const lines = [...inlined]
  .map(([name, root]) => {
    const { version, license } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    return `${name}@${version} ${license ?? 'see package'}`;
  })
  .sort();
writeFileSync(
  `${OUT}/INLINED.txt`,
  `# Packages inlined into this bundle (name@version licence), from the lock file of the release.\n${lines.join('\n')}\n`,
);
