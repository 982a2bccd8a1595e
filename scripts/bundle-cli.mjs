// Bundle the compiled CLI (packages/cli/dist) into packages/cli/bundle: one file for the main
// thread and one for the lint worker. Each thread then loads one module instead of about a
// hundred (the CLI, core, yaml, commander, …): on this 2-core machine that cut the start-up of
// every lint run by about 0.1 s per thread (bench/README.md). Dependencies loaded with
// createRequire at run time (ignore, cli-progress) stay outside the bundle.
import { build } from 'esbuild';

await build({
  entryPoints: {
    main: 'packages/cli/dist/main.js',
    'lint-worker': 'packages/cli/dist/lint-worker.js',
  },
  outdir: 'packages/cli/bundle',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  logLevel: 'warning',
  legalComments: 'linked',
  // CommonJS dependencies (yaml's CJS build, commander) call require(): give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
