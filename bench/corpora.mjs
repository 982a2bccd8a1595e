// Corpus quality benchmark: designdoc on real design documents nobody here wrote, each corpus
// linted against the spec `designdoc template infer` makes of that project's own blank template
// (no hand edits), plus the Rust RFCs with the built-in `rfc` preset. For each corpus: files,
// clean files, findings per file (median, p90), findings by rule, crashes, `fix` idempotence,
// text inside code fences and HTML comments kept by `fix`, and findings before and after `fix`.
// A seeded sample of findings per corpus (corpora/sample-<corpus>.md) is written for judging by
// hand, with the verdicts corpora/judged-<corpus>.md already gives for the same findings filled
// in; the judged file's verdicts on the sample give the precision.
//
//   node corpora.mjs [--corpus swift-evolution,madr] [--sample 40] [--seed 15] [--out results/corpora.json]
//
// Needs the built CLI (`npm run build` at the root) and ../shared/corpora/ (or
// DESIGNDOC_SHARED_DIR); without the corpora it says so and exits 2.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH_DIR, die, parseArgs, REPO_DIR } from './lib.mjs';

const CORE = path.join(REPO_DIR, 'packages/core/dist/index.js');
if (!existsSync(CORE)) die('packages/core/dist is missing: run npm run build first');
const { parseDocument, PRESETS } = await import(CORE);

const args = parseArgs(process.argv.slice(2));
const SHARED = path.resolve(process.env.DESIGNDOC_SHARED_DIR ?? path.join(REPO_DIR, '../shared'));
const CORPORA_DIR = path.join(SHARED, 'corpora');
const CLI = path.join(REPO_DIR, 'packages/cli/bin/designdoc.js');
const SAMPLE = Number(args.sample ?? 40);
const SEED = Number(args.seed ?? 15);
const OUT = path.resolve(BENCH_DIR, args.out ?? 'results/corpora.json');
const JUDGED_DIR = path.join(BENCH_DIR, 'corpora');

/**
 * Each corpus: its folder, the blank template(s) its project ships (inferred as they are), and
 * `overrides` for documents that follow another of the project's templates.
 */
const CORPORA = [
  // Files of text/3392-leadership-council/ (flattened to 3392-leadership-council__*.md) are that
  // RFC's translations and attachments, not RFCs: a `documents: text/*.md` config leaves them out.
  { id: 'rust-rfcs-preset', dir: 'rust-rfcs', preset: 'rfc', skip: ['0000-template.md', /__/] },
  {
    id: 'rust-rfcs',
    dir: 'rust-rfcs',
    template: '0000-template.md',
    skip: ['0000-template.md', /__/],
  },
  {
    // Language and package-manager proposals share one folder, each following its own template:
    // the config lists both and every proposal takes the one it follows best.
    id: 'swift-evolution',
    dir: 'swift-evolution',
    template: ['templates/0000-swift-template.md', 'templates/0000-swiftpm-template.md'],
    overrides: [{ files: 'testing__*.md', template: 'templates/0000-swift-testing-template.md' }],
  },
  { id: 'go-design', dir: 'go-design', template: 'templates/TEMPLATE.md' },
  // index.md is the folder's index page for the docs site, not a decision record.
  { id: 'madr', dir: 'madr', template: 'templates/adr-template.md', skip: ['index.md'] },
  { id: 'react-rfcs', dir: 'react-rfcs', template: 'templates/0000-template.md' },
];

if (!existsSync(CLI)) die(`${path.relative(REPO_DIR, CLI)} is missing: run npm run build first`);
if (!existsSync(CORPORA_DIR))
  die(`no corpora at ${CORPORA_DIR} (set DESIGNDOC_SHARED_DIR to the folder holding corpora/)`);
const only = args.corpus ? new Set(String(args.corpus).split(',')) : null;

function designdoc(argv, cwd) {
  const run = spawnSync(process.execPath, [CLI, ...argv], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1', CI: 'true' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function lintJson(files, cwd) {
  const run = designdoc(['lint', '--format', 'json', '--no-ignore', ...files], cwd);
  if (run.code === 2 && !run.stdout.startsWith('['))
    throw new Error(`designdoc lint exited 2: ${run.stderr.trim().slice(0, 500)}`);
  return { code: run.code, results: JSON.parse(run.stdout), stderr: run.stderr };
}

/**
 * The lines inside code blocks and HTML blocks, in order, as designdoc's own parser finds them
 * (the same parser the differential test holds to markdown-it): what `fix` must not touch. A
 * line added or removed elsewhere moves them, which is why their texts, not their numbers, are
 * compared.
 */
function literalText(source) {
  const doc = parseDocument(source, PRESETS.tdd);
  const out = [];
  for (let line = 1; line <= doc.lines.lineCount; line++)
    if (doc.tree.literalLines[line] !== 0) out.push(doc.lines.lineText(line));
  return out.join('\n');
}

function quantile(sorted, q) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/**
 * A finding's place in the sample order: a seeded hash of its key (FNV-1a, then a final mix).
 * The sample is the SAMPLE findings with the lowest ranks, so a change that removes findings
 * leaves every other sampled finding (and its verdict) where it was, and brings in the next ones.
 */
function sampleRank(key) {
  let h = (0x811c9dc5 ^ SEED) >>> 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

/** A finding as judged: where, which rule, and its message (several findings share 1:1). */
const findingKey = (at, ruleId, message) => `${at} ${ruleId} ${message}`;

function judgedVerdicts(id) {
  const file = path.join(JUDGED_DIR, `judged-${id}.md`);
  if (!existsSync(file)) return null;
  const verdicts = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    // | n | file:line:col | rule | message | agree/disagree | reason |  (`\|` is a pipe in a cell)
    const cells = line.split(/(?<!\\)\|/).map((c) => c.trim().replaceAll('\\|', '|'));
    if (cells.length < 7 || !/^\d+$/.test(cells[1] ?? '')) continue;
    const verdict = cells[5]?.toLowerCase();
    if (verdict === 'agree' || verdict === 'disagree')
      verdicts.set(findingKey(cells[2], cells[3], cells[4]), { verdict, reason: cells[6] ?? '' });
  }
  return verdicts;
}

function measure(corpus) {
  const source = path.join(CORPORA_DIR, corpus.dir);
  const work = mkdtempSync(path.join(os.tmpdir(), `designdoc-corpus-${corpus.id}-`));
  try {
    cpSync(source, work, { recursive: true });
    const files = readdirSync(work)
      .filter(
        (f) =>
          f.endsWith('.md') &&
          // A README is a folder's guide, never a design document (designdoc's default file
          // set leaves them out too).
          !/(?:^|__)README\.md$/i.test(f) &&
          !(corpus.skip ?? []).some((skip) =>
            typeof skip === 'string' ? skip === f : skip.test(f),
          ),
      )
      .sort();
    let config = '';
    if (corpus.preset) config = `template: ${corpus.preset}\n`;
    else {
      const templates = Array.isArray(corpus.template) ? corpus.template : [corpus.template];
      const specs = templates.map((template, i) => {
        const spec = i === 0 ? 'spec.yaml' : `spec-main-${i + 1}.yaml`;
        const run = designdoc(['template', 'infer', template, '-o', spec], work);
        if (run.code !== 0) throw new Error(`template infer failed: ${run.stderr}`);
        return `./${spec}`;
      });
      config = `template: ${specs.length === 1 ? specs[0] : `[${specs.join(', ')}]`}\n`;
      for (const [i, override] of (corpus.overrides ?? []).entries()) {
        const spec = `spec-${i + 1}.yaml`;
        const run = designdoc(['template', 'infer', override.template, '-o', spec], work);
        if (run.code !== 0) throw new Error(`template infer failed: ${run.stderr}`);
        config += `${i === 0 ? 'overrides:\n' : ''}  - files: ["${override.files}"]\n    template: ./${spec}\n`;
      }
    }
    // The snapshots keep Markdown only, flattened (`a/b.md` is `a__b.md`): images and files
    // outside the folder a document links to are not there, so relative links cannot be judged.
    config += 'rules:\n  relative-link: off\n';
    writeFileSync(path.join(work, 'designdoc.config.yaml'), config);
    const started = performance.now();
    const before = lintJson(files, work);
    const lintMs = performance.now() - started;
    const crashes = before.results.filter((r) =>
      r.diagnostics.some((d) => d.ruleId === 'fatal' || /internal error|crash/i.test(d.message)),
    );
    const perFile = before.results.map((r) => r.diagnostics.length).sort((a, b) => a - b);
    const byRule = {};
    const byMessage = new Map();
    for (const r of before.results)
      for (const d of r.diagnostics) {
        byRule[d.ruleId] = (byRule[d.ruleId] ?? 0) + 1;
        byMessage.set(d.message, (byMessage.get(d.message) ?? 0) + 1);
      }

    const originals = new Map(files.map((f) => [f, readFileSync(path.join(work, f), 'utf8')]));
    const fix1 = designdoc(['fix', '--format', 'json', '--no-ignore', ...files], work);
    const once = new Map(files.map((f) => [f, readFileSync(path.join(work, f), 'utf8')]));
    const fix2 = designdoc(['fix', '--format', 'json', '--no-ignore', ...files], work);
    const twice = new Map(files.map((f) => [f, readFileSync(path.join(work, f), 'utf8')]));
    const after = JSON.parse(fix2.stdout);
    const afterCount = new Map(after.map((r) => [r.filePath, r.diagnostics.length]));
    const changed = files.filter((f) => originals.get(f) !== once.get(f));
    const notIdempotent = files.filter((f) => once.get(f) !== twice.get(f));
    const literalChanged = files.filter(
      (f) => literalText(originals.get(f)) !== literalText(once.get(f)),
    );
    const worse = before.results
      .filter((r) => (afterCount.get(r.filePath) ?? 0) > r.diagnostics.length)
      .map((r) => `${r.filePath} ${r.diagnostics.length} → ${afterCount.get(r.filePath)}`);

    const all = before.results.flatMap((r) =>
      r.diagnostics.map((d) => ({
        at: `${r.filePath}:${d.place.start.line}:${d.place.start.column}`,
        ruleId: d.ruleId,
        message: d.message,
        severity: d.severity,
      })),
    );
    const sample = all
      .map((finding) => ({
        finding,
        rank: sampleRank(findingKey(finding.at, finding.ruleId, finding.message)),
      }))
      .sort((a, b) => a.rank - b.rank)
      .slice(0, SAMPLE)
      .map(({ finding }) => finding);
    const verdicts = judgedVerdicts(corpus.id);
    let judged = null;
    if (verdicts) {
      for (const s of sample) {
        const known = verdicts.get(findingKey(s.at, s.ruleId, s.message));
        if (known) Object.assign(s, known);
      }
      const agree = sample.filter((s) => s.verdict === 'agree').length;
      const disagree = sample.filter((s) => s.verdict === 'disagree').length;
      judged = { agree, disagree, unjudged: sample.length - agree - disagree };
    }
    return {
      corpus: corpus.id,
      template: corpus.preset ?? [corpus.template].flat().join(' + '),
      files: files.length,
      cleanFiles: before.results.filter((r) => r.diagnostics.length === 0).length,
      findings: all.length,
      errors: all.filter((d) => d.severity === 'error').length,
      medianPerFile: quantile(perFile, 0.5),
      p90PerFile: quantile(perFile, 0.9),
      byRule: Object.fromEntries(Object.entries(byRule).sort((a, b) => b[1] - a[1])),
      topMessages: Object.fromEntries([...byMessage].sort((a, b) => b[1] - a[1]).slice(0, 15)),
      crashes: crashes.length + (before.code === 2 ? 1 : 0),
      lintMs: Math.round(lintMs),
      fix: {
        filesChanged: changed.length,
        notIdempotent,
        literalChanged,
        findingsAfter: [...afterCount.values()].reduce((a, b) => a + b, 0),
        filesWithMoreFindings: worse,
        exit: [fix1.code, fix2.code],
      },
      sample,
      judged,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const results = [];
for (const corpus of CORPORA) {
  if (only && !only.has(corpus.id)) continue;
  const result = measure(corpus);
  results.push(result);
  const rules = Object.entries(result.byRule)
    .slice(0, 4)
    .map(([rule, n]) => `${rule} ${n}`)
    .join(' · ');
  console.log(
    `${result.corpus.padEnd(17)} files ${result.files}  clean ${result.cleanFiles}  findings ${result.findings} (median ${result.medianPerFile}, p90 ${result.p90PerFile})  crashes ${result.crashes}  fix: changed ${result.fix.filesChanged}, not idempotent ${result.fix.notIdempotent.length}, literal text changed ${result.fix.literalChanged.length}, more findings after ${result.fix.filesWithMoreFindings.length} (${result.findings} → ${result.fix.findingsAfter})${result.judged ? `  judged ${result.judged.agree}/${result.judged.agree + result.judged.disagree}${result.judged.unjudged ? ` (${result.judged.unjudged} not judged)` : ''}` : ''}\n    ${rules}`,
  );
  mkdirSync(JUDGED_DIR, { recursive: true });
  writeFileSync(
    path.join(JUDGED_DIR, `sample-${result.corpus}.md`),
    `${result.sample.map((s, i) => `| ${i + 1} | ${s.at} | ${s.ruleId} | ${s.message.replaceAll('|', '\\|')} | ${s.verdict ?? ''} | ${(s.reason ?? '').replaceAll('|', '\\|')} |`).join('\n')}\n`,
  );
}
mkdirSync(path.dirname(OUT), { recursive: true });
writeFileSync(
  OUT,
  `${JSON.stringify({ date: new Date().toISOString(), seed: SEED, results }, null, 2)}\n`,
);
console.log(`\nwrote ${path.relative(BENCH_DIR, OUT)}`);
