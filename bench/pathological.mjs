#!/usr/bin/env node
// Times `designdoc lint` on the pathological inputs of the Speed goal (no input may be superlinear):
//   1. deep-nesting.md — a 1 MB tdd document of deep nesting (block quotes, lists, emphasis, links)
//   2. table-10k.md    — a tdd document whose Key Design Decisions table has 10,000 rows
//   3. brackets-100k.md — a tdd document with 100,000 brackets in its Context section
// plus baseline.md, a small valid tdd document (process start-up + one tiny lint).
//
//   node pathological.mjs [--runs 3] [--only designdoc[,markdownlint,remark]] [--keep] [--timeout 60]
//                         [--designdoc-cmd "node ../packages/cli/bin/designdoc.js lint --template {template} {target}"]
//
// Files go to a fresh temporary directory (removed afterwards unless --keep). Each figure is the
// median of --runs whole-process runs under GNU time. Goal: each input lints in under a second.
// Prints a note and exits 0 when the designdoc CLI is not built yet.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  BENCH_DIR,
  DEFAULT_DESIGNDOC_CMD,
  designdocArgv,
  die,
  fmt,
  gnuTimeAvailable,
  markdownTable,
  median,
  parseArgs,
  peerArgv,
  timedRun,
} from './lib.mjs';

const args = parseArgs(process.argv.slice(2), { flags: ['keep', 'help'] });
if (args.help) {
  console.log(
    readFileSync(new URL(import.meta.url), 'utf8')
      .split('\n')
      .slice(1, 14)
      .join('\n'),
  );
  process.exit(0);
}
const RUNS = Number(args.runs ?? 3);
const TOOLS = (args.only ?? 'designdoc')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const DESIGNDOC_CMD = args['designdoc-cmd'] ?? process.env.DESIGNDOC_CMD ?? DEFAULT_DESIGNDOC_CMD;
const LIMIT_S = 1;
const TIMEOUT_S = Number(args.timeout ?? 60); // per run; a run past it is killed and reported
for (const t of TOOLS) {
  if (!['designdoc', 'markdownlint', 'remark'].includes(t))
    die(`unknown tool ${t} (designdoc, markdownlint, remark)`);
}
if (!gnuTimeAvailable()) die('GNU time is required at /usr/bin/time (apt-get install time)');

// ---------------------------------------------------------------- inputs
const FRONT = (title) =>
  `---\ntitle: ${title}\nstatus: draft\nauthors:\n  - Bench Generator\ncreated: 2024-01-01\nupdated: 2024-01-02\ntags: [bench]\n---\n\n# ${title}\n`;

/** A complete, valid tdd document; `fill` replaces the body of the named sections. */
function tdd(title, fill = {}) {
  const sec = (h, body) => `${h}\n\n${fill[h.replace(/^#+ /, '')] ?? body}\n`;
  return [
    FRONT(title),
    sec('## Overview', 'A small service that stores and lints design documents.'),
    '## Goals and Non-Goals\n',
    sec('### Goals', '- Lint documents quickly.\n- Report every problem once.'),
    sec('### Non-Goals', '- Rendering PDF output.'),
    sec('## Context', 'Teams write design documents in Markdown and review them in pull requests.'),
    sec('## Context Diagram', '```\n[ Author ] --> [ designdoc ] --> [ CI ]\n```'),
    '## Architecture\n',
    sec('### High-Level Design', 'A parser turns Markdown into a model; rules check the model.'),
    sec('### Component Diagram', '```\n[ CLI ] --> [ core ] --> [ rules ]\n```'),
    sec('### Data Flow', '1. Read the file.\n2. Parse it.\n3. Run the rules.'),
    sec(
      '## Key Design Decisions',
      '| Decision | Rationale | Trade-offs |\n|----------|-----------|------------|\n| One parser | Speed | Fewer extensions |',
    ),
    '## API Contracts\n',
    sec(
      '### REST Endpoints',
      '```yaml\nPOST /api/v1/documents\n  Input: DocumentRequest\n  Output: Document\n  Status: 201, 400\n```',
    ),
    '## Data Model\n',
    sec('### Entity Relationships', '```\nDocument 1 ──< * Version\n```'),
    sec(
      '### Key Entities',
      '- **Document**: a design document and its head version.\n- **Version**: one saved revision.',
    ),
    sec('### Storage Strategy', 'SQLite by default, PostgreSQL for many instances.'),
    sec(
      '## Integration Points',
      '| System | Protocol | Frequency | Failure Mode |\n|--------|----------|-----------|--------------|\n| GitHub | REST | Real-time | Retry with backoff |',
    ),
    sec(
      '## Security',
      '- **Authentication**: OIDC.\n- **Authorization**: RBAC.\n- **Encryption**: TLS 1.3.\n- **PII Handling**: none stored.\n- **Rate Limiting**: token bucket.',
    ),
    sec(
      '## Scalability',
      '- **Expected Load**: 50 req/s.\n- **Horizontal Scaling**: stateless nodes.\n- **Vertical Scaling**: not needed.\n- **Caching Strategy**: none.\n- **Database Scaling**: read replicas.',
    ),
    sec(
      '## Monitoring and Observability',
      '- **Key Metrics**: lint duration.\n- **Logging**: JSON logs.\n- **Tracing**: OpenTelemetry.\n- **Alerting**: error rate above 1%.',
    ),
    sec(
      '## Deployment',
      '- **Environment**: Kubernetes.\n- **Deployment Strategy**: rolling.\n- **Rollback Plan**: previous image.\n- **Infrastructure as Code**: Helm.',
    ),
    sec('## Open Questions', '- Should we support AsciiDoc? - Status: Open'),
    sec('## Future Considerations', '- A language server.'),
    sec('## References', '- [CommonMark spec](https://spec.commonmark.org/)'),
  ].join('\n');
}

function deepNesting() {
  // ~1 MiB in total, four shapes of deep nesting (each ~250 KiB), inside the Context section.
  const part = 256 * 1024;
  const chunks = [];
  // (a) block quotes: one 10,000-deep quote, then repeated 1,000-deep quotes with text
  chunks.push(`${'> '.repeat(10000)}deep quote`);
  let q = '';
  while (q.length < part - 20000) q += `${'> '.repeat(1000)}quoted line\n`;
  chunks.push(q.trimEnd());
  // (b) lists: "- - - - … item" on one line (10,000 levels), then a properly indented list 500 levels deep
  chunks.push(`${'- '.repeat(10000)}nested item`);
  let l = '';
  for (let d = 0; l.length < part - 20000 && d < 500; d++) l += `${'  '.repeat(d)}- level ${d}\n`;
  chunks.push(l.trimEnd());
  // (c) emphasis: unclosed openers, mismatched openers/closers, and 10,000-deep nested emphasis
  chunks.push('*a **a '.repeat(Math.floor(part / 3 / 7)).trimEnd());
  chunks.push('*a_ '.repeat(Math.floor(part / 3 / 4)).trimEnd());
  chunks.push(`${'*_'.repeat(10000)}x${'_*'.repeat(10000)}`);
  // (d) nested links and images inside emphasis inside quotes inside lists
  chunks.push(`${'> - '.repeat(5000)}${'**['.repeat(5000)}x${'](#overview)**'.repeat(5000)}`);
  let body = chunks.join('\n\n');
  const doc = tdd('Pathological: deep nesting', { Context: body });
  const target = 1024 * 1024;
  if (doc.length < target)
    body += `\n\n${'> '.repeat(Math.floor((target - doc.length - 20) / 2))}end`;
  return tdd('Pathological: deep nesting', { Context: body });
}

function table10k() {
  const rows = ['| Decision | Rationale | Trade-offs |', '|----------|-----------|------------|'];
  for (let i = 1; i <= 10000; i++)
    rows.push(
      `| Decision ${i}: use \`option-${i % 97}\` | Because of measurement ${i} | Costs ${i % 13} ms at p99 |`,
    );
  return tdd('Pathological: 10,000-row table', { 'Key Design Decisions': rows.join('\n') });
}

function brackets100k() {
  // 50,000 nested "[" then 50,000 "]": link-label and placeholder scanning must stay linear.
  return tdd('Pathological: 100,000 brackets', {
    Context: `Brackets: ${'['.repeat(50000)}a${']'.repeat(50000)}`,
  });
}

/** The most telling line of a failed run's stderr (a V8 fatal error, an exception), and its exit. */
function failureLine(stderr, r) {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const line =
    lines.find((l) => /FATAL ERROR|RangeError|Maximum call stack|out of memory/i.test(l)) ??
    lines.find((l) => /Error\b/.test(l)) ??
    lines.at(-1) ??
    '';
  return `exit ${r.exitCode ?? r.signal}${line ? `, “${line.slice(0, 200)}”` : ''}`;
}

// ---------------------------------------------------------------- run
const dir = mkdtempSync(path.join(os.tmpdir(), 'designdoc-pathological-'));
const inputs = [
  {
    name: 'baseline.md',
    what: 'small valid tdd document (start-up baseline)',
    text: tdd('Baseline'),
  },
  {
    name: 'deep-nesting.md',
    what: '1 MB of deep nesting (quotes, lists, emphasis, links)',
    text: deepNesting(),
  },
  { name: 'table-10k.md', what: '10,000-row Key Design Decisions table', text: table10k() },
  { name: 'brackets-100k.md', what: '100,000 brackets in Context', text: brackets100k() },
];
for (const inp of inputs) {
  inp.path = path.join(dir, inp.name);
  writeFileSync(inp.path, inp.text);
  inp.bytes = Buffer.byteLength(inp.text);
}

const notes = [];
const rows = [];
const raw = [];
try {
  for (const tool of TOOLS) {
    for (const inp of inputs) {
      const cmd =
        tool === 'designdoc'
          ? designdocArgv(DESIGNDOC_CMD, 'tdd', inp.path, [inp.path])
          : peerArgv(tool, { files: inp.path });
      if (cmd.skip) {
        if (!notes.includes(cmd.skip)) notes.push(cmd.skip);
        continue;
      }
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const base = path.join(dir, 'out', `${tool}-${inp.name}-${i + 1}`);
        mkdirSync(path.dirname(base), { recursive: true });
        const r = await timedRun(cmd.argv, {
          cwd: cmd.cwd,
          stdoutFile: `${base}.out`,
          stderrFile: `${base}.err`,
          timeFile: `${base}.time`,
          timeoutS: TIMEOUT_S,
        });
        r.ok = !r.timedOut && r.signal == null && (r.exitCode === 0 || r.exitCode === 1);
        if (r.timedOut) r.stderrTail = `killed after the ${TIMEOUT_S} s timeout`;
        else if (!r.ok) r.stderrTail = failureLine(readFileSync(`${base}.err`, 'utf8'), r);
        runs.push(r);
        process.stderr.write(
          `${tool} ${inp.name} run ${i + 1}/${RUNS}: ${r.timedOut ? `> ${TIMEOUT_S} s (killed)` : `${fmt(r.wallS)} s, exit ${r.exitCode ?? r.signal}`}\n`,
        );
      }
      const ok = runs.filter((r) => r.ok);
      const med = median(ok.map((r) => r.wallS));
      raw.push({ tool, input: inp.name, bytes: inp.bytes, runs });
      const failed = runs.length - ok.length;
      if (failed)
        notes.push(
          `${tool} failed ${failed}/${runs.length} runs on ${inp.name}: ${runs.find((r) => !r.ok).stderrTail}`,
        );
      rows.push([
        inp.name,
        inp.what,
        fmt(inp.bytes / 1e6, 2),
        tool,
        med == null
          ? runs.some((r) => r.timedOut)
            ? `> ${TIMEOUT_S} (killed)`
            : 'failed'
          : fmt(med),
        fmt(median(ok.map((r) => r.peakRssKiB / 1024)), 0),
        med == null
          ? '✗'
          : inp.name === 'baseline.md'
            ? '—'
            : med < LIMIT_S
              ? '✓ < 1 s'
              : '✗ ≥ 1 s',
      ]);
    }
  }
} finally {
  if (!args.keep) rmSync(dir, { recursive: true, force: true });
}

if (rows.length) {
  console.log(
    markdownTable(
      ['input', 'what', 'MB', 'tool', `median wall s (of ${RUNS})`, 'median peak RSS MiB', 'goal'],
      rows,
    ),
  );
  console.log('\nWhole-process wall time, including Node start-up (see baseline.md).');
}
for (const n of notes) console.log(`- ${n}`);
if (args.keep) console.log(`inputs kept in ${dir}`);
mkdirSync(path.join(BENCH_DIR, 'results'), { recursive: true });
writeFileSync(
  path.join(BENCH_DIR, 'results', 'pathological.json'),
  `${JSON.stringify(
    { date: new Date().toISOString(), runsPerInput: RUNS, designdocCmd: DESIGNDOC_CMD, notes, raw },
    null,
    2,
  )}\n`,
);
