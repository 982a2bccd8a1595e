// Flat lint memory (issue 21, goal 2): does `designdoc lint`'s peak memory stay the same when the
// corpus is ten times larger? Each corpus (the Rust RFCs, the generated tdd corpus) is repeated
// into bench/corpus/repeated/<corpus>/ until it holds at least --mb MiB (and at least 10 copies);
// designdoc lints the original and the repeated folder, interleaved, --runs times each; then
// markdownlint-cli2 (default rules) lints the repeated folder --peer-runs times, in the same run.
// Goal: designdoc's median peak RSS on the repeated corpus ≤ 1.2× its peak on the original, and
// ≤ 128 MiB.
//
//   node lint-memory.mjs [--runs 3] [--peer-runs 1] [--mb 200] [--corpus rfcs,tdd]
//                        [--rfcs-dir ../../shared/corpora/rust-rfcs] [--tdd-dir corpus/tdd]
//                        [--timeout 3600] [--out results/lint-memory.json]
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  BENCH_DIR,
  DEFAULT_DESIGNDOC_CMD,
  designdocArgv,
  die,
  fmt,
  gnuTimeAvailable,
  lintCorpora,
  listMarkdown,
  machineInfo,
  markdownTable,
  median,
  parseArgs,
  peerArgv,
  timedRun,
  toolVersions,
} from './lib.mjs';

const args = parseArgs(process.argv.slice(2), { flags: ['help'] });
if (args.help) {
  console.log(
    readFileSync(new URL(import.meta.url), 'utf8')
      .split('\n')
      .slice(0, 11)
      .join('\n'),
  );
  process.exit(0);
}
const RUNS = Number(args.runs ?? 3);
const PEER_RUNS = Number(args['peer-runs'] ?? 1);
const MIN_MIB = Number(args.mb ?? 200);
const TIMEOUT_S = Number(args.timeout ?? 3600);
const OUT = path.resolve(BENCH_DIR, args.out ?? 'results/lint-memory.json');
const SELECTED = (args.corpus ?? 'rfcs,tdd').split(',').map((s) => s.trim());
if (!Number.isInteger(RUNS) || RUNS < 1) die('--runs must be a positive integer');
if (!Number.isInteger(PEER_RUNS) || PEER_RUNS < 0) die('--peer-runs must be 0 or more');
if (!(MIN_MIB > 0)) die('--mb must be a positive number');
if (!gnuTimeAvailable()) die('GNU time is required at /usr/bin/time (apt-get install time)');

const CORPORA = lintCorpora(args);
const log = (...a) => console.error(...a);
const MiB = 1024 * 1024;

/** Copies of `files` (`name.md` → `name--copy-N.md`) to at least --mb MiB, and at least 10×. */
function repeated(key, files, bytes) {
  const copies = Math.max(10, Math.ceil((MIN_MIB * MiB) / bytes));
  const out = path.join(BENCH_DIR, 'corpus', 'repeated', key);
  const stamp = path.join(out, '.copies');
  const wanted = `${copies} ${files.length} ${bytes}`;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return { out, copies };
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (let n = 1; n <= copies; n++)
    for (const file of files)
      copyFileSync(file, path.join(out, path.basename(file).replace(/\.md$/i, `--copy-${n}.md`)));
  writeFileSync(stamp, wanted);
  return { out, copies };
}

const sizeOf = (files) => files.reduce((sum, f) => sum + statSync(f).size, 0);

async function measure(argv, cwd, tag) {
  const base = path.join(BENCH_DIR, 'results', 'raw', 'lint-memory', tag);
  const run = await timedRun(argv, {
    cwd,
    stdoutFile: `${base}.out`,
    stderrFile: `${base}.err`,
    timeFile: `${base}.time`,
    timeoutS: TIMEOUT_S,
  });
  log(
    `  ${tag}: exit ${run.exitCode}, ${fmt(run.wallS)} s, ${fmt(run.peakRssKiB / 1024, 0)} MiB peak`,
  );
  return run;
}

const summary = (runs) => ({
  runs: runs.length,
  wallS: median(runs.map((r) => r.wallS)),
  cpuS: median(runs.map((r) => r.cpuS)),
  peakRssMiB: median(runs.map((r) => r.peakRssKiB / 1024)),
  peakRssMiBRange: [
    Math.min(...runs.map((r) => r.peakRssKiB / 1024)),
    Math.max(...runs.map((r) => r.peakRssKiB / 1024)),
  ],
  exitCodes: [...new Set(runs.map((r) => r.exitCode))],
});

rmSync(path.join(BENCH_DIR, 'results', 'raw', 'lint-memory'), { recursive: true, force: true });
const started = Date.now();
const load = os.loadavg();
const rows = [];
for (const key of SELECTED) {
  const corpus = CORPORA[key];
  if (!corpus) die(`unknown corpus ${key} (rfcs, tdd)`);
  if (!existsSync(corpus.dir)) {
    log(`${corpus.label} skipped: ${corpus.dir} does not exist`);
    continue;
  }
  const files = listMarkdown(corpus.dir);
  const bytes = sizeOf(files);
  const { out, copies } = repeated(key, files, bytes);
  const big = readdirSync(out).filter((f) => f.endsWith('.md')).length;
  const bigBytes = bytes * copies;
  log(
    `${corpus.label}: ${files.length} files, ${fmt(bytes / MiB, 1)} MiB; ×${copies}: ${big} files, ${fmt(bigBytes / MiB, 0)} MiB`,
  );
  const small = designdocArgv(DEFAULT_DESIGNDOC_CMD, corpus.template, corpus.dir);
  const large = designdocArgv(DEFAULT_DESIGNDOC_CMD, corpus.template, out);
  if (small.skip) die(small.skip);
  const once = [];
  const repeatedRuns = [];
  for (let i = 1; i <= RUNS; i++) {
    once.push(await measure(small.argv, small.cwd, `${key}-designdoc-1x-${i}`));
    repeatedRuns.push(await measure(large.argv, large.cwd, `${key}-designdoc-${copies}x-${i}`));
  }
  const peer = [];
  const markdownlint = peerArgv('markdownlint', { dir: out });
  if (markdownlint.skip) log(markdownlint.skip);
  else
    for (let i = 1; i <= PEER_RUNS; i++)
      peer.push(await measure(markdownlint.argv, BENCH_DIR, `${key}-markdownlint-${copies}x-${i}`));
  rows.push({
    corpus: key,
    label: corpus.label,
    files: files.length,
    mib: bytes / MiB,
    copies,
    repeatedFiles: big,
    repeatedMiB: bigBytes / MiB,
    designdoc1x: summary(once),
    designdocRepeated: summary(repeatedRuns),
    markdownlintRepeated: peer.length > 0 ? summary(peer) : null,
  });
}

const table = markdownTable(
  [
    'corpus',
    'tool',
    'files',
    'MiB',
    'runs',
    'median wall s',
    'median peak RSS MiB (min–max)',
    'peak / designdoc 1× peak',
  ],
  rows.flatMap((r) => {
    const base = r.designdoc1x.peakRssMiB;
    const line = (tool, files, mib, s) => [
      r.label,
      tool,
      String(files),
      fmt(mib, 0),
      String(s.runs),
      fmt(s.wallS),
      `${fmt(s.peakRssMiB, 0)} (${fmt(s.peakRssMiBRange[0], 0)}–${fmt(s.peakRssMiBRange[1], 0)})`,
      `${fmt(s.peakRssMiB / base)}×`,
    ];
    return [
      line('designdoc, 1×', r.files, r.mib, r.designdoc1x),
      line(`designdoc, ${r.copies}×`, r.repeatedFiles, r.repeatedMiB, r.designdocRepeated),
      ...(r.markdownlintRepeated
        ? [
            line(
              `markdownlint-cli2, ${r.copies}×`,
              r.repeatedFiles,
              r.repeatedMiB,
              r.markdownlintRepeated,
            ),
          ]
        : []),
    ];
  }),
);
console.log(table);
for (const r of rows) {
  const ratio = r.designdocRepeated.peakRssMiB / r.designdoc1x.peakRssMiB;
  console.log(
    `${r.label}: ${r.copies}× peak ${fmt(r.designdocRepeated.peakRssMiB, 0)} MiB = ${fmt(ratio)}× the 1× peak (goal ≤ 1.2×, ≤ 128 MiB): ${ratio <= 1.2 && r.designdocRepeated.peakRssMiB <= 128 ? 'met' : 'not met'}`,
  );
}
mkdirSync(path.dirname(OUT), { recursive: true });
writeFileSync(
  OUT,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      seconds: Math.round((Date.now() - started) / 1000),
      loadAverageAtStart: load,
      machine: machineInfo(),
      tools: toolVersions(),
      rows,
    },
    null,
    2,
  )}\n`,
);
log(`wrote ${path.relative(BENCH_DIR, OUT)}`);
