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
    'build-command': 'packages/cli/dist/commands/build.js',
    'preview-command': 'packages/cli/dist/commands/preview.js',
    'push-command': 'packages/cli/dist/commands/push.js',
    'export-command': 'packages/cli/dist/commands/export.js',
    'site-render-worker': 'packages/cli/dist/site/render-worker.js',
  },
  // build and preview are imported on use and bundled on their own (beside main.js, so that
  // ../package.json and ../assets resolve as from dist/), so their code (renderer,
  // sanitiser, search indexer) stays out of what a lint run loads. (esbuild's code splitting put
  // the renderer's dependencies into the chunk the lint worker shares.)
  plugins: [
    {
      name: 'commands-on-use',
      setup(build) {
        build.onResolve(
          { filter: /^\.\/commands\/(?:build|preview|serve|migrate|user|push|export)\.js$/ },
          (args) =>
            args.importer.endsWith('run.js')
              ? {
                  path: args.path.replace(/^\.\/commands\/(\w+)\.js$/, './$1-command.js'),
                  external: true,
                }
              : undefined,
        );
      },
    },
  ],
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

// serve, migrate and user run the server's code, whose dependencies (Fastify, Kysely, the native SQLite
// driver) load from node_modules as they are: bundled apart, with every package external.
await build({
  entryPoints: {
    'serve-command': 'packages/cli/dist/commands/serve.js',
    'migrate-command': 'packages/cli/dist/commands/migrate.js',
    'user-command': 'packages/cli/dist/commands/user.js',
  },
  outdir: 'packages/cli/bundle',
  bundle: true,
  packages: 'external',
  platform: 'node',
  target: 'node20',
  format: 'esm',
  logLevel: 'warning',
});
