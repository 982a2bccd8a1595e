#!/usr/bin/env node
// Renders every overlay in deploy/kubernetes/overlays with `kubectl kustomize` and checks each
// object against the Kubernetes API schemas, so a typo in a field fails CI rather than an apply.
// Two checks, because neither catches everything alone:
//   1. kubernetes-models' `.validate()`: required fields, types, formats and enums;
//   2. TypeScript's excess-property check against the same package's types: unknown fields
//      (the JSON schemas it validates with allow any extra property, so `replicaz` passes 1).
// Prints one line per object; exits 1 naming the object and field on any error, 2 when
// kubectl or tsc cannot run.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const overlaysDir = join(root, 'deploy/kubernetes/overlays');
const kubectl = process.env.KUBECTL ?? 'kubectl';

/** `apps/v1` → `apps/v1`, `v1` → `v1`: kubernetes-models' folder for an apiVersion. */
const modelPath = (apiVersion, kind) => `kubernetes-models/${apiVersion}/${kind}`;

function render(overlay) {
  try {
    return execFileSync(kubectl, ['kustomize', overlay], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    console.error(
      `kubectl kustomize ${relative(root, overlay)} failed:\n${error.stderr ?? error.message}`,
    );
    process.exit(error.code === 'ENOENT' ? 2 : 1);
  }
}

const objects = [];
for (const name of readdirSync(overlaysDir).sort()) {
  const overlay = join(overlaysDir, name);
  for (const doc of parseAllDocuments(render(overlay))) {
    if (doc.errors.length > 0) {
      console.error(`${name}: kubectl rendered YAML that does not parse: ${doc.errors[0].message}`);
      process.exit(1);
    }
    const object = doc.toJS();
    if (object)
      objects.push({
        overlay: name,
        object,
        label: `${name}: ${object.apiVersion} ${object.kind} ${object.metadata?.name}`,
      });
  }
}

const failures = new Map();
const fail = (entry, message) => failures.set(entry, [...(failures.get(entry) ?? []), message]);

// 1. Schema validation (required fields, types, enums).
for (const entry of objects) {
  const { apiVersion, kind } = entry.object;
  let Model;
  try {
    Model = (await import(modelPath(apiVersion, kind)))[kind];
  } catch {
    fail(entry, `no Kubernetes schema for ${apiVersion} ${kind}`);
    continue;
  }
  try {
    new Model(entry.object).validate();
  } catch (error) {
    fail(entry, error.message);
  }
}

// 2. Unknown fields: one typed constant per object, checked by tsc with excess-property checks.
const work = mkdtempSync(join(tmpdir(), 'validate-kubernetes-'));
try {
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
  writeFileSync(join(work, 'package.json'), '{"type":"module"}\n');
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        skipLibCheck: true,
        types: [],
      },
      files: ['objects.ts'],
    }),
  );
  const lines = [];
  const lineOf = [];
  objects.forEach((entry, i) => {
    const { apiVersion, kind } = entry.object;
    lines.push(`import type { I${kind} as T${i} } from '${modelPath(apiVersion, kind)}';`);
    lineOf.push(null);
  });
  objects.forEach((entry, i) => {
    lineOf.push(entry);
    lines.push(`export const o${i}: T${i} = ${JSON.stringify(entry.object)};`);
  });
  writeFileSync(join(work, 'objects.ts'), `${lines.join('\n')}\n`);
  const tsc = spawnSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.'],
    { cwd: work, encoding: 'utf8' },
  );
  if (tsc.error) {
    console.error(`tsc could not run: ${tsc.error.message}`);
    process.exit(2);
  }
  for (const line of `${tsc.stdout}${tsc.stderr}`.split('\n')) {
    const match = /^objects\.ts\((\d+),\d+\): error TS\d+: (.*)$/.exec(line.trim());
    if (!match) {
      if (line.trim() && tsc.status !== 0 && !/^\s/.test(line)) fail({ label: 'tsc' }, line.trim());
      continue;
    }
    const entry = lineOf[Number(match[1]) - 1];
    if (entry) fail(entry, match[2]);
    else fail({ label: 'tsc' }, match[2]);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

for (const entry of objects) {
  const problems = failures.get(entry);
  console.log(
    problems
      ? `FAIL ${entry.label}\n${problems.map((p) => `  - ${p}`).join('\n')}`
      : `ok   ${entry.label}`,
  );
}
for (const [entry, problems] of failures) {
  if (!objects.includes(entry))
    console.log(`FAIL ${entry.label}\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}
// Not worded 'N passed, N failed': CI reads that line as a test runner's count.
console.log(`${objects.length} objects checked, ${failures.size} with errors`);
process.exit(failures.size > 0 ? 1 : 0);
