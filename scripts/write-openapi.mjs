// Write the server's OpenAPI document to a file, for `designdoc check-api` (CI checks DESIGN.md
// against it):
//
//   npx tsc -b && node scripts/write-openapi.mjs openapi.json
import { writeFileSync } from 'node:fs';
import { openApiDocument } from './openapi-document.mjs';

const [out, ...rest] = process.argv.slice(2);
if (!out || rest.length > 0) {
  console.error('usage: node scripts/write-openapi.mjs FILE');
  process.exit(2);
}
const document = await openApiDocument('write-openapi');
writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
const operations = Object.values(document.paths).reduce(
  (n, item) => n + Object.keys(item).length,
  0,
);
console.log(`wrote ${out}: ${operations} operations`);
