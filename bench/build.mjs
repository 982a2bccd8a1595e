#!/usr/bin/env node
// `designdoc build` on the Rust RFCs, next to `designdoc lint` on the same files (issue 7,
// "Speed": the full build should stay within a small multiple of the lint time). Three
// whole-process measurements, interleaved run by run so that drift on the machine hits all
// alike: lint, a full build into an empty folder, and a no-change build over that output.
//
//   node build.mjs [--runs 5] [--rfcs-dir ../../shared/corpora/rust-rfcs] [--out results/build.json]
//   node build.mjs --docs 5000 [--runs 3] [--out results/build-5000.json]
//
// --docs N builds N distinct generated documents instead (scale-documents.mjs: tdd, rfc and adr
// documents of 2–40 KB from the generated tdd corpus and the RFCs, each naming its template in
// front matter), for issue 21's "peak RSS ≤ 256 MiB for 5,000 documents".
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH_DIR, die, machineInfo, median, parseArgs, REPO_DIR, timedRun } from './lib.mjs';

let args;
try {
  args = parseArgs(process.argv.slice(2));
} catch (error) {
  die(error.message);
}
const runs = Number(args.runs ?? 5);
if (!Number.isInteger(runs) || runs < 1) die(`--runs must be a whole number ≥ 1, got ${args.runs}`);
const docs = args.docs === undefined ? null : Number(args.docs);
if (docs !== null && (!Number.isInteger(docs) || docs < 1))
  die(`--docs must be a whole number ≥ 1, got ${args.docs}`);
const outFile = path.resolve(
  BENCH_DIR,
  args.out ?? (docs === null ? 'results/build.json' : `results/build-${docs}.json`),
);
const bin = path.join(REPO_DIR, 'packages/cli/bin/designdoc.js');
const rawDir = path.join(BENCH_DIR, 'results/raw');
const work = mkdtempSync(path.join(os.tmpdir(), 'designdoc-build-bench-'));
const site = path.join(work, 'site');
// The documents are copied (or made) into the work folder: the one-change build edits one.
const source = path.join(work, 'docs');
// The RFCs name no template (the rfc preset is asked for); generated documents name their own.
let template = ['--template', 'rfc'];
if (docs === null) {
  const rfcs = path.resolve(BENCH_DIR, args['rfcs-dir'] ?? '../../shared/corpora/rust-rfcs');
  cpSync(rfcs, source, { recursive: true });
} else {
  const { writeScaleDocuments } = await import('./scale-documents.mjs');
  writeScaleDocuments(source, docs);
  template = [];
}

const kinds = {
  lint: () => [process.execPath, bin, 'lint', ...template, source],
  'full build': () => [process.execPath, bin, 'build', ...template, source, '--out', site],
  'no-change build': () => [process.execPath, bin, 'build', ...template, source, '--out', site],
  // One document edited: its page again, and its search shard, whose other documents' text is
  // read back from the last build.
  'one-change build': (run) => {
    const first = readdirSync(source)
      .filter((f) => f.endsWith('.md'))
      .sort()[0];
    appendFileSync(path.join(source, first), `\nEdited for run ${run} of the build bench.\n`);
    return [process.execPath, bin, 'build', ...template, source, '--out', site];
  },
};
const results = Object.fromEntries(Object.keys(kinds).map((k) => [k, []]));

try {
  for (let run = 1; run <= runs; run++) {
    rmSync(site, { recursive: true, force: true });
    for (const [kind, argv] of Object.entries(kinds)) {
      const name = `build-${kind.replace(/\W+/g, '-')}-${run}`;
      const result = await timedRun(argv(run), {
        cwd: work,
        stdoutFile: path.join(rawDir, `${name}.out`),
        stderrFile: path.join(rawDir, `${name}.err`),
        timeFile: path.join(rawDir, `${name}.time`),
      });
      const ok = kind === 'lint' ? result.exitCode <= 1 : result.exitCode === 0;
      if (!ok)
        die(
          `${kind} run ${run} failed with exit code ${result.exitCode}; see ${rawDir}/${name}.err`,
        );
      results[kind].push(result);
      process.stderr.write(
        `${kind} run ${run}: ${result.wallS.toFixed(2)} s, ${(result.peakRssKiB / 1024).toFixed(0)} MiB\n`,
      );
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const lintWall = median(results.lint.map((r) => r.wallS));
const rows = Object.entries(results).map(([kind, list]) => {
  const wall = median(list.map((r) => r.wallS));
  return {
    kind,
    medianWallS: wall,
    minWallS: Math.min(...list.map((r) => r.wallS)),
    maxWallS: Math.max(...list.map((r) => r.wallS)),
    medianCpuS: median(list.map((r) => r.cpuS)),
    medianPeakRssMiB: median(list.map((r) => r.peakRssKiB / 1024)),
    timesLint: wall / lintWall,
  };
});
writeFileSync(
  outFile,
  `${JSON.stringify({ machine: machineInfo(), corpus: docs === null ? 'Rust RFCs' : `${docs} generated documents`, runs, rows }, null, 2)}\n`,
);
console.log(
  '| run | median wall s | min–max s | median CPU s | median peak RSS MiB | × lint time |',
);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows)
  console.log(
    `| ${r.kind} | ${r.medianWallS.toFixed(2)} | ${r.minWallS.toFixed(2)}–${r.maxWallS.toFixed(2)} | ${r.medianCpuS.toFixed(2)} | ${r.medianPeakRssMiB.toFixed(0)} | ${r.timesLint.toFixed(1)} |`,
  );
