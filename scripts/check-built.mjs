// prepack of a published package: the build output it ships (named on the command line, e.g.
// bundle/main.js for the CLI, web-app/index.html for the server) must exist. It is made by
// `npm run build` at the repository root (and by `npm ci`, through prepare), never committed.
import { existsSync } from 'node:fs';

const missing = process.argv.slice(2).filter((path) => !existsSync(path));
if (missing.length > 0) {
  console.error(
    `${missing.join(', ')} missing: run \`npm run build\` at the repository root first`,
  );
  process.exit(1);
}
