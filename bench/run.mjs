#!/usr/bin/env node
// Lint-speed benchmark: designdoc vs markdownlint-cli2 vs remark-lint, side by side on the same files.
//
//   node run.mjs [--runs 5] [--only designdoc,markdownlint,remark] [--corpus rfcs,tdd]
//                [--designdoc-cmd "node ../packages/cli/bin/designdoc.js lint --template {template} {target}"]
//                [--timeout 1800] [--rfcs-dir ../../shared/corpora/rust-rfcs] [--tdd-dir corpus/tdd] [--out results/latest.json]
//
// Each run is a whole process under GNU time (`/usr/bin/time -f '%e %M %U %S'`): wall s, peak RSS, CPU s.
// Runs are interleaved per corpus (designdoc, markdownlint, remark, then again …). The Markdown table
// goes to stdout, progress to stderr, raw numbers to results/latest.json, tool output to results/raw/.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  BENCH_DIR,
  DEFAULT_DESIGNDOC_CMD,
  designdocArgv,
  die,
  fingerprint,
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
if (args._.length || args.help) {
  console.error(
    readFileSync(new URL(import.meta.url), 'utf8')
      .split('\n')
      .slice(1, 10)
      .join('\n'),
  );
  process.exit(args.help ? 0 : 2);
}
const RUNS = Number(args.runs ?? 5);
const TOOLS = (args.only ?? 'designdoc,markdownlint,remark')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const CORPORA_SEL = (args.corpus ?? 'rfcs,tdd').split(',').map((s) => s.trim());
const DESIGNDOC_CMD = args['designdoc-cmd'] ?? process.env.DESIGNDOC_CMD ?? DEFAULT_DESIGNDOC_CMD;
const OUT = path.resolve(BENCH_DIR, args.out ?? 'results/latest.json');
const TIMEOUT_S = Number(args.timeout ?? 1800); // per run
const RAW = path.resolve(BENCH_DIR, 'results/raw');
for (const t of TOOLS)
  if (!['designdoc', 'markdownlint', 'remark'].includes(t))
    die(`unknown tool ${t} (designdoc, markdownlint, remark)`);
if (!Number.isInteger(RUNS) || RUNS < 1) die('--runs must be a positive integer');
if (!gnuTimeAvailable()) die('GNU time is required at /usr/bin/time (apt-get install time)');

const CORPORA = lintCorpora(args);

const log = (...a) => console.error(...a);
const notes = [];

// ---------------------------------------------------------------- corpora
const corpora = [];
for (const key of CORPORA_SEL) {
  const c = CORPORA[key];
  if (!c) die(`unknown corpus ${key} (rfcs, tdd)`);
  let files;
  try {
    files = listMarkdown(c.dir);
  } catch {
    files = [];
  }
  if (!files.length) {
    const n = `corpus ${c.label} skipped: no Markdown files in ${path.relative(BENCH_DIR, c.dir)}${key === 'tdd' ? ' (run `node generate-corpus.mjs` first)' : ''}`;
    notes.push(n);
    log(n);
    continue;
  }
  // Read every file once: gives the byte count and warms the page cache for all tools alike.
  let bytes = 0;
  for (const f of files) bytes += readFileSync(f).length;
  corpora.push({ key, ...c, files, bytes, before: fingerprint(files) });
}

// ---------------------------------------------------------------- commands
function commandFor(tool, corpus) {
  if (tool === 'designdoc')
    return designdocArgv(DESIGNDOC_CMD, corpus.template, corpus.dir, corpus.files);
  return peerArgv(tool, { dir: corpus.dir });
}

// How many files did the tool report it processed? (null: the tool does not say)
function filesProcessed(tool, out, err) {
  if (tool === 'markdownlint') {
    const m = /^Linting: (\d+) file/m.exec(out + err);
    return m ? Number(m[1]) : null;
  }
  if (tool === 'remark') {
    // vfile-reporter: one header line per file ("path" or "path: no issues found"); messages are indented
    // or start with a line:column position.
    const seen = new Set();
    for (const line of err.split('\n')) {
      const m = /^(\S.*?\.(?:md|markdown))(?:: no issues found)?$/.exec(line);
      if (m) seen.add(m[1]);
    }
    return seen.size;
  }
  return null; // designdoc: counted by one extra `--format json` run, see verifyDesigndoc
}

// One extra, untimed designdoc run with `--format json`: its report has one entry per linted file
// (clean files included), which proves how many files the timed runs covered.
async function verifyDesigndoc(cmd, base) {
  const json = `${base}.json`;
  const argv = [...cmd.argv, '--format', 'json', '--output-file', json];
  const r = await timedRun(argv, {
    cwd: cmd.cwd,
    stdoutFile: `${base}.out`,
    stderrFile: `${base}.err`,
    timeFile: `${base}.time`,
    timeoutS: TIMEOUT_S,
  });
  try {
    const report = JSON.parse(readFileSync(json, 'utf8'));
    const entries = Array.isArray(report) ? report : (report.files ?? report.results);
    if (!Array.isArray(entries)) return { files: null, why: 'JSON report is not a list of files' };
    return { files: new Set(entries.map((e) => e.filePath ?? e.file ?? e.path)).size };
  } catch (e) {
    return { files: null, why: `no JSON report (exit ${r.exitCode}): ${e.message.split('\n')[0]}` };
  }
}

function issueCount(tool, out, err) {
  const text = out + err;
  if (tool === 'remark') {
    // last line of vfile-reporter, e.g. "⚠ 1974 warnings" or "✖ 2 errors, ⚠ 5 warnings"
    const last = err.trimEnd().split('\n').pop() ?? '';
    if (!/^[⚠✖]/.test(last)) return 0;
    return [...last.matchAll(/(\d+) (?:errors?|warnings?|messages?)/g)].reduce(
      (a, m) => a + Number(m[1]),
      0,
    );
  }
  const m =
    tool === 'markdownlint'
      ? /Summary: (\d+) (?:issue|error)/.exec(text)
      : /(\d+)\s+problems?/i.exec(text);
  return m ? Number(m[1]) : null;
}

// argv as it would be typed in bench/: `node`, paths inside bench/ relative to it.
const printable = (argv) =>
  argv.map((a, i) =>
    i === 0 && a === process.execPath
      ? 'node'
      : a.startsWith(`${BENCH_DIR}/`)
        ? path.relative(BENCH_DIR, a)
        : a,
  );

// ---------------------------------------------------------------- run
rmSync(RAW, { recursive: true, force: true });
mkdirSync(RAW, { recursive: true });
const results = []; // {corpus, tool, runs: [...], skipped?}
const started = Date.now();
const loadBefore = os.loadavg();
if (loadBefore[0] > 0.5) {
  const n = `machine not idle at the start: load average ${loadBefore.map((x) => x.toFixed(2)).join(', ')} — other work competes for the 2 cores`;
  notes.push(n);
  log(n);
}

for (const c of corpora) {
  const cmds = {};
  for (const t of TOOLS) {
    const cmd = commandFor(t, c);
    if (cmd.skip) {
      if (!notes.includes(cmd.skip)) {
        notes.push(cmd.skip);
        log(cmd.skip);
      }
    }
    cmds[t] = cmd;
    results.push({
      corpus: c.key,
      tool: t,
      command: cmd.argv ? printable(cmd.argv) : null,
      skipped: cmd.skip ?? null,
      runs: [],
    });
  }
  for (let i = 0; i < RUNS; i++) {
    for (const t of TOOLS) {
      const cmd = cmds[t];
      if (cmd.skip) continue;
      const base = path.join(RAW, `${c.key}-${t}-${i + 1}`);
      const r = await timedRun(cmd.argv, {
        cwd: cmd.cwd,
        stdoutFile: `${base}.out`,
        stderrFile: `${base}.err`,
        timeFile: `${base}.time`,
        timeoutS: TIMEOUT_S,
      });
      const out = readFileSync(`${base}.out`, 'utf8');
      const err = readFileSync(`${base}.err`, 'utf8');
      r.ok = !r.timedOut && r.signal == null && (r.exitCode === 0 || r.exitCode === 1);
      r.load1 = os.loadavg()[0]; // 1-minute load average right after the run (this tool counts ≈ 1–1.5)
      r.filesReported = filesProcessed(t, out, err);
      r.issues = issueCount(t, out, err);
      const res = results.find((x) => x.corpus === c.key && x.tool === t);
      res.runs.push(r);
      log(
        `${c.key} ${t.padEnd(12)} run ${i + 1}/${RUNS}: ${fmt(r.wallS)} s, ${fmt(r.peakRssKiB / 1024, 0)} MiB, ${r.timedOut ? `killed after ${TIMEOUT_S} s` : `exit ${r.exitCode ?? r.signal}`}` +
          (r.filesReported != null ? `, ${r.filesReported} files` : '') +
          (r.ok ? '' : `  FAILED — see ${path.relative(BENCH_DIR, base)}.err`),
      );
      if (r.maxProcs > 1) {
        const n = `${t} ran ${r.maxProcs} processes at once on ${c.key}: GNU time's %M is the largest single process, so peak RSS is understated (sampled tree sum: ${fmt(r.treeRssKiB / 1024, 0)} MiB)`;
        if (!notes.includes(n) && i === 0) notes.push(n);
      }
    }
  }
  if (cmds.designdoc && !cmds.designdoc.skip) {
    const v = await verifyDesigndoc(cmds.designdoc, path.join(RAW, `${c.key}-designdoc-verify`));
    const res = results.find((x) => x.corpus === c.key && x.tool === 'designdoc');
    res.filesVerified = v.files;
    if (v.files == null)
      notes.push(`could not count the files designdoc linted on ${c.label}: ${v.why}`);
    log(`${c.key} designdoc    verify (--format json): ${v.files ?? '?'} files`);
  }
  const after = fingerprint(c.files);
  const changed = after.filter((x, i) => x !== c.before[i]).length;
  if (changed)
    notes.push(
      `WARNING: ${changed} files of ${c.label} changed during the run (a tool rewrote them?)`,
    );
}

// ---------------------------------------------------------------- summarise
const summary = [];
for (const res of results) {
  const c = corpora.find((x) => x.key === res.corpus);
  const ok = res.runs.filter((r) => r.ok);
  const failed = res.runs.length - ok.length;
  const s = {
    corpus: res.corpus,
    label: c.label,
    files: c.files.length,
    mb: c.bytes / 1e6,
    tool: res.tool,
    skipped: res.skipped,
    runs: res.runs.length,
    failed,
    medianWallS: median(ok.map((r) => r.wallS)),
    minWallS: ok.length ? Math.min(...ok.map((r) => r.wallS)) : null,
    maxWallS: ok.length ? Math.max(...ok.map((r) => r.wallS)) : null,
    medianCpuS: median(ok.map((r) => r.cpuS)),
    medianPeakRssMiB: median(ok.map((r) => r.peakRssKiB / 1024)),
    medianTreeRssMiB: median(ok.map((r) => r.treeRssKiB / 1024)),
    maxProcs: Math.max(0, ...res.runs.map((r) => r.maxProcs)),
    filesReported: res.filesVerified ?? (ok.length ? ok[ok.length - 1].filesReported : null),
    issues: ok.length ? ok[ok.length - 1].issues : null,
  };
  if (failed)
    notes.push(
      `${res.tool} failed ${failed}/${res.runs.length} runs on ${c.label} (exit ≥ 2, a signal, or the --timeout); see results/raw/${res.corpus}-${res.tool}-*.err`,
    );
  if (s.filesReported != null && s.filesReported !== s.files)
    notes.push(`${res.tool} reported ${s.filesReported} files on ${c.label}, expected ${s.files}`);
  summary.push(s);
}
for (const s of summary) {
  const d = summary.find((x) => x.corpus === s.corpus && x.tool === 'designdoc');
  const have = d && d.medianWallS != null && s.medianWallS != null && s.tool !== 'designdoc';
  s.speedup = have ? s.medianWallS / d.medianWallS : null; // peer time / designdoc time
  s.rssRatio = have ? d.medianPeakRssMiB / s.medianPeakRssMiB : null; // designdoc RSS / peer RSS
}

const header = [
  'corpus',
  'files',
  'MB',
  'tool',
  'median wall s',
  'min–max s',
  'median CPU s',
  'median peak RSS MiB',
  'peer time / designdoc time',
  'designdoc RSS / peer RSS',
];
const rows = summary.map((s) => [
  s.label,
  String(s.files),
  fmt(s.mb, 1),
  s.tool,
  s.skipped ? 'skipped' : s.medianWallS == null ? 'failed' : fmt(s.medianWallS),
  s.medianWallS == null ? '—' : `${fmt(s.minWallS)}–${fmt(s.maxWallS)}`,
  fmt(s.medianCpuS),
  fmt(s.medianPeakRssMiB, 0),
  s.tool === 'designdoc' ? '—' : s.speedup == null ? 'n/a' : `${fmt(s.speedup, 1)}×`,
  s.tool === 'designdoc' ? '—' : s.rssRatio == null ? 'n/a' : fmt(s.rssRatio, 2),
]);
const m = machineInfo();
const table = markdownTable(header, rows);
const elapsed = (Date.now() - started) / 1000;
const versions = toolVersions();
const out = [
  table,
  '',
  `${RUNS} runs each, interleaved; ${m.cpus} × ${m.cpuModel}, ${m.memGiB} GiB, Node ${m.node}; markdownlint-cli2 ${versions['markdownlint-cli2']} (markdownlint ${versions.markdownlint}), remark-cli ${versions['remark-cli']} + remark-preset-lint-recommended ${versions['remark-preset-lint-recommended']} + remark-gfm ${versions['remark-gfm']}; whole benchmark ${fmt(elapsed, 0)} s.`,
  ...notes.map((n) => `- ${n}`),
].join('\n');
console.log(out);

mkdirSync(path.dirname(OUT), { recursive: true });
writeFileSync(
  OUT,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: m,
      versions,
      runsPerTool: RUNS,
      loadAverage: { before: loadBefore, after: os.loadavg() },
      designdocCmd: DESIGNDOC_CMD,
      corpora: corpora.map((c) => ({
        key: c.key,
        label: c.label,
        template: c.template,
        dir: path.relative(BENCH_DIR, c.dir),
        files: c.files.length,
        bytes: c.bytes,
      })),
      summary,
      notes,
      raw: results,
      elapsedS: elapsed,
    },
    null,
    2,
  )}\n`,
);
log(`wrote ${path.relative(process.cwd(), OUT)}`);
process.exitCode = summary.some((s) => s.failed) ? 1 : 0;
