// Generate the web app's API types (packages/web/src/api/openapi.d.ts) from the OpenAPI document
// the server serves at /api/v1/openapi.json, so that the web app's request and response types
// have one source: the server's TypeBox schemas. `--check` writes nothing and exits 1 when the
// file on disk is not what the server's schemas give now (CI runs it).
//
//   npx tsc -b && node scripts/generate-api-types.mjs          (regenerate)
//   node scripts/generate-api-types.mjs --check                 (CI)
//
// It loads the built server (packages/server/dist, through openapi-document.mjs): run `npx tsc -b`
// first.
//
// openapi-typescript is a devDependency of packages/web, not of the root: its printer needs the
// TypeScript 5 API (a peer dependency), which the root's TypeScript 7 does not have, so npm
// installs a TypeScript 5 for it inside packages/web/node_modules.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApiDocument } from './openapi-document.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TARGET = fileURLToPath(new URL('../packages/web/src/api/openapi.d.ts', import.meta.url));
const REGENERATE = 'npx tsc -b && node scripts/generate-api-types.mjs';

const HEADER = `// Generated from the server's OpenAPI document (GET /api/v1/openapi.json) by
// scripts/generate-api-types.mjs with openapi-typescript. Do not edit: change the server's
// TypeBox schemas, then run \`${REGENERATE}\`.
// CI fails when this file is not current (\`node scripts/generate-api-types.mjs --check\`).

`;

/**
 * The TypeScript for `openApi`: openapi-typescript's output with paths in alphabetical order
 * (so that registering routes in another order changes nothing), formatted by Biome as the
 * repository's check expects.
 */
async function generate(openApi) {
  const fromWeb = createRequire(new URL('../packages/web/package.json', import.meta.url));
  const { default: openapiTS, astToString } = fromWeb('openapi-typescript');
  const ast = await openapiTS(openApi, { alphabetize: true, silent: true });
  const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
  return execFileSync(
    process.execPath,
    [biome, 'format', `--stdin-file-path=${relative(ROOT, TARGET)}`],
    { cwd: ROOT, input: HEADER + astToString(ast), encoding: 'utf8', maxBuffer: 64 << 20 },
  );
}

const options = process.argv.slice(2);
if (options.some((option) => option !== '--check')) {
  console.error(
    `generate-api-types: unknown option ${options.find((o) => o !== '--check')}; the only one is --check`,
  );
  process.exit(2);
}
const check = options.includes('--check');
const wanted = await generate(await openApiDocument('generate-api-types'));
let current = null;
try {
  current = readFileSync(TARGET, 'utf8');
} catch {
  // Not generated yet: a check fails, a run writes it.
}
const shown = relative(ROOT, TARGET);
if (check) {
  if (current !== wanted) {
    console.error(
      `${shown} is not what the server's OpenAPI document gives now: run \`${REGENERATE}\` and commit it`,
    );
    process.exit(1);
  }
  console.log(`${shown} is current`);
} else if (current === wanted) {
  console.log(`${shown} is already current`);
} else {
  writeFileSync(TARGET, wanted);
  console.log(`wrote ${shown}`);
}
