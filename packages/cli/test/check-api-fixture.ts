import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CLEAN_TDD } from './paths.js';

const DIR = fileURLToPath(new URL('./fixtures/check-api/', import.meta.url));

/** The OpenAPI descriptions of fixtures/check-api/ (3.0 YAML with its schemas file, 3.1 JSON), by name. */
export const OPENAPI_FILES: Record<string, string> = Object.fromEntries(
  readdirSync(DIR).map((name) => [name, readFileSync(`${DIR}${name}`, 'utf8')]),
);

/** The API contracts that match both descriptions exactly. */
export const CONTRACTS = `POST /api/v1/messages
  Input: MessageCreate { to, template, data? }
  Output: Message { id, to, template, status }
  Status: 202, 400
  Auth: bearer token

GET /api/v1/messages
  Input: MessageQuery { cursor? }
  Output: MessagePage { items, next? }
  Status: 200

GET /api/v1/messages/{id}
  Input: none
  Output: Message
  Status: 200, 404

DELETE /api/v1/messages/{id}
  Input: none
  Output: none
  Status: 204, 404, 409

GET /healthz
  Input: none
  Output: none
  Status: 200
  Auth: none`;

const BLOCK = /```yaml\nPOST \/api\/v1\/messages\n[\s\S]*?```/;

/** The clean tdd document with these API contracts as its REST Endpoints. */
export function designWith(contracts: string, document = CLEAN_TDD): string {
  if (!BLOCK.test(document)) throw new Error('The document has no REST Endpoints block to replace');
  return document.replace(BLOCK, `\`\`\`yaml\n${contracts}\n\`\`\``);
}

/** The design document whose contracts match the descriptions. */
export const DESIGN = designWith(CONTRACTS);

/** `CONTRACTS` with one text replaced (throws when it is not there, so a test cannot rot). */
export function drifted(from: string, to: string): string {
  if (!CONTRACTS.includes(from)) throw new Error(`“${from}” is not in the contracts`);
  return designWith(CONTRACTS.replace(from, to));
}
