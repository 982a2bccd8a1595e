#!/usr/bin/env node
// Times `designdoc check-api` in a cold process on a large API: a generated OpenAPI 3.1
// description of 300 operations (60 resources × list, create, read, update, delete; schemas
// behind $refs, bearer security) and a tdd document whose 300 API contracts match it exactly,
// fields in braces included, so every rule compares everything and nothing is reported.
// Beside it, `designdoc lint` of the same document: the difference is what reading,
// validating and dereferencing the description and running the api-* rules cost.
//
//   node check-api.mjs [--runs 9] [--keep] [--timeout 60]
//
// Files go to a fresh temporary directory (removed afterwards unless --keep). Each figure is the
// median of --runs whole-process runs under GNU time. Goal (issue 19): check-api ≤ 0.5 s.
// Prints a note and exits 0 when the designdoc CLI is not built yet.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  BENCH_DIR,
  die,
  fmt,
  gnuTimeAvailable,
  markdownTable,
  median,
  parseArgs,
  REPO_DIR,
  timedRun,
} from './lib.mjs';

const args = parseArgs(process.argv.slice(2), { flags: ['keep', 'help'] });
if (args.help) {
  console.log(
    readFileSync(new URL(import.meta.url), 'utf8')
      .split('\n')
      .slice(1, 13)
      .join('\n'),
  );
  process.exit(0);
}
const RUNS = Number(args.runs ?? 9);
const TIMEOUT_S = Number(args.timeout ?? 60);
const GOAL_S = 0.5;
const RESOURCES = 60;
const BIN = path.join(REPO_DIR, 'packages/cli/bin/designdoc.js');
if (!gnuTimeAvailable()) die('GNU time is required at /usr/bin/time (apt-get install time)');
if (!existsSync(BIN)) {
  console.log(`check-api bench skipped: ${path.relative(BENCH_DIR, BIN)} does not exist yet`);
  process.exit(0);
}

// ---------------------------------------------------------------- inputs
const FIELDS = ['name', 'description', 'owner', 'state', 'priority', 'labels'];

/** The OpenAPI 3.1 description: 60 resources, 5 operations each, schemas behind $refs. */
function openApi() {
  const schemas = {};
  const paths = {};
  const ref = (name) => ({ $ref: `#/components/schemas/${name}` });
  const json = (schema) => ({ content: { 'application/json': { schema } } });
  const problem = { $ref: '#/components/responses/Problem' };
  for (let i = 0; i < RESOURCES; i++) {
    const name = `Resource${i}`;
    const plural = `resources-${i}`;
    const properties = Object.fromEntries(FIELDS.map((f) => [f, { type: 'string' }]));
    schemas[`${name}Create`] = { type: 'object', required: ['name'], properties };
    schemas[name] = {
      allOf: [
        ref(`${name}Create`),
        {
          type: 'object',
          required: ['id', 'createdAt'],
          properties: { id: { type: 'string' }, createdAt: { type: 'string' } },
        },
      ],
    };
    schemas[`${name}Page`] = {
      type: 'object',
      required: ['items'],
      properties: {
        items: { type: 'array', items: ref(name) },
        next: { type: ['string', 'null'] },
      },
    };
    const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
    paths[`/${plural}`] = {
      get: {
        operationId: `list${name}`,
        parameters: [
          { name: 'cursor', in: 'query', schema: { type: 'string' } },
          { name: 'limit', in: 'query', schema: { type: 'integer' } },
        ],
        responses: { 200: { description: 'A page', ...json(ref(`${name}Page`)) }, 400: problem },
      },
      post: {
        operationId: `create${name}`,
        requestBody: { required: true, ...json(ref(`${name}Create`)) },
        responses: {
          201: { description: 'Created', ...json(ref(name)) },
          400: problem,
          409: problem,
        },
      },
    };
    paths[`/${plural}/{id}`] = {
      parameters: [id],
      get: {
        operationId: `get${name}`,
        responses: { 200: { description: 'Found', ...json(ref(name)) }, 404: problem },
      },
      patch: {
        operationId: `update${name}`,
        requestBody: { required: true, ...json(ref(`${name}Create`)) },
        responses: {
          200: { description: 'Updated', ...json(ref(name)) },
          400: problem,
          404: problem,
        },
      },
      delete: {
        operationId: `delete${name}`,
        responses: { 204: { description: 'Deleted' }, 404: problem },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Bench API', version: '1.0.0' },
    servers: [{ url: 'https://bench.example.com/api/v1' }],
    security: [{ bearer: [] }],
    paths,
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      responses: {
        Problem: {
          description: 'A problem',
          content: {
            'application/problem+json': {
              schema: { type: 'object', properties: { type: {}, title: {}, status: {} } },
            },
          },
        },
      },
    },
  };
}

/** The 300 contracts that match `openApi()`. */
function contracts() {
  const create = `{ ${FIELDS.map((f) => (f === 'name' ? f : `${f}?`)).join(', ')} }`;
  const resource = `{ id, createdAt, ${FIELDS.map((f) => (f === 'name' ? f : `${f}?`)).join(', ')} }`;
  const blocks = [];
  for (let i = 0; i < RESOURCES; i++) {
    const base = `/api/v1/resources-${i}`;
    blocks.push(
      [
        `GET ${base}`,
        `  Input: Resource${i}Query { cursor?, limit? }`,
        `  Output: Resource${i}Page { items, next? }`,
        '  Status: 200, 400',
        '  Auth: bearer',
        `POST ${base}`,
        `  Input: Resource${i}Create ${create}`,
        `  Output: Resource${i} ${resource}`,
        '  Status: 201, 400, 409',
        `GET ${base}/{id}`,
        '  Input: none',
        `  Output: Resource${i} ${resource}`,
        '  Status: 200, 404',
        `PATCH ${base}/{id}`,
        `  Input: Resource${i}Create ${create}`,
        `  Output: Resource${i}`,
        '  Status: 200, 400, 404',
        `DELETE ${base}/{id}`,
        '  Input: none',
        '  Output: none',
        '  Status: 204, 404',
      ].join('\n'),
    );
  }
  return blocks.join('\n\n');
}

/** The CLI tests' clean tdd document with the contracts as its REST Endpoints. */
function design() {
  const clean = readFileSync(
    path.join(REPO_DIR, 'packages/cli/test/fixtures/clean-tdd.md'),
    'utf8',
  );
  const block = /```yaml\nPOST \/api\/v1\/messages\n[\s\S]*?```/;
  if (!block.test(clean))
    die('clean-tdd.md no longer has the REST Endpoints block this bench replaces');
  return clean.replace(block, `\`\`\`yaml\n${contracts()}\n\`\`\``);
}

// ---------------------------------------------------------------- run
const dir = mkdtempSync(path.join(os.tmpdir(), 'designdoc-check-api-'));
const description = JSON.stringify(openApi(), null, 2);
writeFileSync(path.join(dir, 'openapi.json'), description);
writeFileSync(path.join(dir, 'design.md'), design());
const commands = [
  {
    name: 'check-api',
    argv: [process.execPath, BIN, 'check-api', 'design.md', '--openapi', 'openapi.json'],
  },
  { name: 'lint (same document)', argv: [process.execPath, BIN, 'lint', 'design.md'] },
];

const rows = [];
const raw = [];
const notes = [];
try {
  for (const command of commands) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const base = path.join(dir, 'out', `${command.name.split(' ')[0]}-${i + 1}`);
      mkdirSync(path.dirname(base), { recursive: true });
      const r = await timedRun(command.argv, {
        cwd: dir,
        stdoutFile: `${base}.out`,
        stderrFile: `${base}.err`,
        timeFile: `${base}.time`,
        timeoutS: TIMEOUT_S,
      });
      r.ok = !r.timedOut && r.exitCode === 0;
      if (!r.ok)
        notes.push(
          `${command.name} run ${i + 1}: exit ${r.exitCode ?? r.signal}: ${readFileSync(`${base}.out`, 'utf8').slice(0, 300)}${readFileSync(`${base}.err`, 'utf8').slice(0, 300)}`,
        );
      runs.push(r);
      process.stderr.write(`${command.name} run ${i + 1}/${RUNS}: ${fmt(r.hrWallS, 3)} s\n`);
    }
    const ok = runs.filter((r) => r.ok);
    raw.push({ command: command.name, argv: command.argv.slice(1), runs });
    rows.push([
      command.name,
      `${ok.length}/${runs.length}`,
      fmt(median(ok.map((r) => r.hrWallS)), 3),
      `${fmt(Math.min(...ok.map((r) => r.hrWallS)), 3)}–${fmt(Math.max(...ok.map((r) => r.hrWallS)), 3)}`,
      fmt(median(ok.map((r) => r.cpuS)), 2),
      fmt(median(ok.map((r) => r.peakRssKiB)) / 1024, 0),
    ]);
  }
} finally {
  if (!args.keep) rmSync(dir, { recursive: true, force: true });
}

const checkApiMedian = Number(rows[0]?.[2]);
console.log(
  `300 operations (${(Buffer.byteLength(description) / 1024).toFixed(0)} KB of OpenAPI 3.1 JSON), 300 contracts; median of ${RUNS} cold processes\n`,
);
console.log(
  markdownTable(
    ['command', 'clean runs', 'wall s (median)', 'min–max', 'CPU s', 'peak RSS MiB'],
    rows,
  ),
);
console.log(
  `\ncheck-api ${checkApiMedian <= GOAL_S ? 'meets' : 'MISSES'} the ${GOAL_S} s goal (${fmt(checkApiMedian, 3)} s)`,
);
for (const note of notes) console.log(`note: ${note}`);
writeFileSync(
  path.join(BENCH_DIR, 'results/check-api.json'),
  `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, goalS: GOAL_S, raw }, null, 2)}\n`,
);
if (args.keep) console.log(`inputs kept in ${dir}`);
