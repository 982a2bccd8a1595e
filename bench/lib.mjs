// Shared helpers for the designdoc benchmarks: argument parsing, tool command lines,
// and a process runner that measures whole-process wall time and peak RSS.
// Plain Node ESM, no dependencies.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Stop a bench script with a one-line message and exit code 2 (usage or setup fault). */
export const die = (msg) => {
  console.error(`${process.argv[1].split('/').pop()}: ${msg}`);
  process.exit(2);
};

export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO_DIR = path.resolve(BENCH_DIR, '..');
export const GNU_TIME = '/usr/bin/time';

/** Parse `--key value`, `--key=value` and bare `--flag` arguments. */
export function parseArgs(argv, { flags = [] } = {}) {
  const out = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      out._.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    if (eq !== -1) {
      out[a.slice(2, eq)] = a.slice(eq + 1);
    } else if (flags.includes(a.slice(2))) {
      out[a.slice(2)] = true;
    } else if (i + 1 < argv.length) {
      out[a.slice(2)] = argv[++i];
    } else {
      throw new Error(`option ${a} needs a value`);
    }
  }
  return out;
}

/** Split a command string on whitespace, honouring simple '…' and "…" quoting. */
export function splitCommand(cmd) {
  const parts = [];
  let cur = '';
  let quote = null;
  let has = false;
  for (const ch of cmd) {
    if (quote) {
      if (ch === quote) quote = null;
      else cur += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      has = true;
    } else if (/\s/.test(ch)) {
      if (has || cur) parts.push(cur);
      cur = '';
      has = false;
    } else {
      cur += ch;
    }
  }
  if (quote) throw new Error(`unbalanced quote in command: ${cmd}`);
  if (has || cur) parts.push(cur);
  return parts;
}

// The designdoc command line, as typed in bench/. {template} becomes the preset (rfc, tdd);
// {target} the corpus folder (run.mjs) or the one input file (pathological.mjs); {files} expands
// to every Markdown file of the corpus as separate arguments.
export const DEFAULT_DESIGNDOC_CMD =
  'node ../packages/cli/bin/designdoc.js lint --template {template} {target}';

// designdoc runs with this working directory, outside any git repository: designdoc applies the
// .gitignore of the repository around its working directory to the folders it is given, and the
// repository's .gitignore lists bench/corpus/ (so `designdoc lint corpus/tdd` from bench/ lints
// nothing and exits 2). Relative paths in the command are resolved against bench/ first.
export const NEUTRAL_CWD = os.tmpdir();

/**
 * Resolve the designdoc command: returns {argv, cwd} or {skip: reason}.
 * When the command is `node <script> …`, the script must exist (the CLI may not be built yet).
 */
export function designdocArgv(cmdTemplate, template, target, files = []) {
  const argv = [];
  for (const part of splitCommand(cmdTemplate)) {
    if (part === '{files}') argv.push(...files);
    else argv.push(part.replaceAll('{template}', template).replaceAll('{target}', target));
  }
  for (let i = 1; i < argv.length; i++) {
    if (/^\.\.?\//.test(argv[i])) argv[i] = path.resolve(BENCH_DIR, argv[i]);
  }
  if (argv[0] === 'node' && argv[1] && !argv[1].startsWith('-')) {
    if (!existsSync(argv[1])) {
      return {
        skip: `designdoc skipped: ${path.relative(BENCH_DIR, argv[1])} does not exist yet (build the CLI, or pass --designdoc-cmd "…")`,
      };
    }
    argv[0] = process.execPath;
  }
  return { argv, cwd: NEUTRAL_CWD };
}

/** Peer tools, invoked through `node <their bin>` directly (no npx/sh wrapper, so %M is the tool's own RSS). */
export function peerArgv(tool, { dir, files, glob }) {
  const nm = path.join(BENCH_DIR, 'node_modules');
  if (tool === 'markdownlint') {
    const bin = path.join(nm, 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
    if (!existsSync(bin))
      return { skip: 'markdownlint-cli2 not installed: run `npm ci` in bench/' };
    // markdownlint-cli2 takes globs, not directories. Default rules: no config file exists on the
    // corpus paths, and we pass none. A single file is passed with the ':' literal-path prefix.
    return { argv: [process.execPath, bin, files ? `:${files}` : (glob ?? `${dir}/*.md`)] };
  }
  if (tool === 'remark') {
    const bin = path.join(nm, 'remark-cli', 'cli.js');
    if (!existsSync(bin)) return { skip: 'remark-cli not installed: run `npm ci` in bench/' };
    return {
      argv: [
        process.execPath,
        bin,
        files ?? dir,
        '--use',
        'remark-gfm',
        '--use',
        'remark-preset-lint-recommended',
        '--no-stdout', // never write the processed documents anywhere
        '--no-config', // no .remarkrc / package.json lookups: exactly the two plugins above
        '--no-ignore', // no .remarkignore lookups
        '--no-color',
      ],
    };
  }
  throw new Error(`unknown peer tool ${tool}`);
}

export function toolVersions() {
  const v = {};
  const read = (p) => {
    try {
      return JSON.parse(
        readFileSync(path.join(BENCH_DIR, 'node_modules', p, 'package.json'), 'utf8'),
      ).version;
    } catch {
      return null;
    }
  };
  for (const p of [
    'markdownlint-cli2',
    'markdownlint',
    'remark-cli',
    'remark',
    'remark-gfm',
    'remark-preset-lint-recommended',
    'remark-lint',
  ]) {
    v[p] = read(p);
  }
  return v;
}

export function machineInfo() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

function descendants(pid) {
  // All processes below pid, via /proc/<pid>/task/<tid>/children.
  const out = [];
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    let tasks = [];
    try {
      tasks = readdirSync(`/proc/${p}/task`);
    } catch {
      continue;
    }
    for (const t of tasks) {
      let kids = '';
      try {
        kids = readFileSync(`/proc/${p}/task/${t}/children`, 'utf8');
      } catch {
        continue;
      }
      for (const k of kids.split(' ')) {
        if (k.trim()) {
          out.push(Number(k));
          stack.push(Number(k));
        }
      }
    }
  }
  return out;
}

function rssKiB(pid) {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Run argv under GNU time. stdout/stderr go to files. Returns
 * {exitCode, signal, timedOut, wallS (GNU time %e), cpuS (%U + %S), hrWallS (harness clock), peakRssKiB (GNU time %M: the largest
 * single process), treeRssKiB (sampled sum over the process tree), maxProcs (largest process count seen)}.
 */
const active = new Set(); // process groups of running tools, killed if the harness is interrupted
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    for (const pid of active) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {}
    }
    process.exit(130);
  });
}

export function timedRun(
  argv,
  { cwd = BENCH_DIR, stdoutFile, stderrFile, timeFile, sampleMs = 50, timeoutS = 0 },
) {
  return new Promise((resolve, reject) => {
    mkdirSync(path.dirname(stdoutFile), { recursive: true });
    const start = process.hrtime.bigint();
    const shellQuote = (s) => `'${s.replaceAll("'", "'\\''")}'`;
    // Redirect inside a tiny sh so the tool writes to real files (not pipes the harness must drain).
    // exec: sh replaces itself with GNU time, which forks the tool.
    const script = `exec ${GNU_TIME} -f '%e %M %U %S' -o ${shellQuote(timeFile)} ${argv.map(shellQuote).join(' ')} >${shellQuote(stdoutFile)} 2>${shellQuote(stderrFile)}`;
    // detached: the tool gets its own process group, so a timeout or ^C can kill all of it.
    const child = spawn('/bin/sh', ['-c', script], { cwd, stdio: 'ignore', detached: true });
    active.add(child.pid);
    let timedOut = false;
    const killer =
      timeoutS > 0
        ? setTimeout(() => {
            timedOut = true;
            try {
              process.kill(-child.pid, 'SIGKILL');
            } catch {}
          }, timeoutS * 1000)
        : null;
    let treeMax = 0;
    let maxProcs = 0;
    const sample = () => {
      const kids = descendants(child.pid);
      if (kids.length > maxProcs) maxProcs = kids.length;
      let sum = 0;
      for (const k of kids) sum += rssKiB(k);
      if (sum > treeMax) treeMax = sum;
    };
    const timer = setInterval(sample, sampleMs);
    child.on('error', (e) => {
      clearInterval(timer);
      if (killer) clearTimeout(killer);
      active.delete(child.pid);
      reject(e);
    });
    child.on('exit', async (code, signal) => {
      clearInterval(timer);
      if (killer) clearTimeout(killer);
      active.delete(child.pid);
      const hrWallS = Number(process.hrtime.bigint() - start) / 1e9;
      let wallS = null;
      let peakRssKiB = null;
      let cpuS = null;
      const exitCode = code;
      try {
        const txt = (await readFile(timeFile, 'utf8')).trim().split('\n');
        // GNU time prefixes "Command exited with non-zero status N" / "Command terminated by signal N".
        const last = txt[txt.length - 1].split(/\s+/);
        wallS = Number(last[0]);
        peakRssKiB = Number(last[1]);
        cpuS = Number(last[2]) + Number(last[3]); // user + system, all threads
      } catch {}
      if (timedOut) wallS = null;
      resolve({
        exitCode,
        signal,
        timedOut,
        wallS,
        hrWallS,
        cpuS,
        peakRssKiB,
        treeRssKiB: treeMax,
        maxProcs,
      });
    });
  });
}

/** The two lint corpora (`--rfcs-dir`, `--tdd-dir` override where they are). */
export function lintCorpora(args) {
  return {
    rfcs: {
      label: 'A: rust-rfcs',
      template: 'rfc',
      dir: path.resolve(BENCH_DIR, args['rfcs-dir'] ?? '../../shared/corpora/rust-rfcs'),
    },
    tdd: {
      label: 'B: generated tdd',
      template: 'tdd',
      dir: path.resolve(BENCH_DIR, args['tdd-dir'] ?? 'corpus/tdd'),
    },
  };
}

export function median(xs) {
  const s = xs.filter((x) => x != null && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function listMarkdown(dir) {
  return readdirSync(dir)
    .filter((f) => /\.(md|markdown)$/i.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/** size + mtime of each file, to prove no tool rewrote the corpus. */
export function fingerprint(files) {
  return files.map((f) => {
    const s = statSync(f);
    return `${f}\t${s.size}\t${s.mtimeMs}`;
  });
}

export function gnuTimeAvailable() {
  return existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%e', 'true']).status === 0;
}

export const fmt = (x, d = 2) => (x == null || !Number.isFinite(x) ? '—' : x.toFixed(d));

export function markdownTable(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * A seeded PRNG (sfc32, seeded by splitmix32) with the helpers the corpus generators use: same
 * seed, same sequence, no Math.random.
 */
export function makeRng(seed) {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), // inclusive
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    shuffle: (arr) => {
      const a2 = arr.slice();
      for (let i = a2.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [a2[i], a2[j]] = [a2[j], a2[i]];
      }
      return a2;
    },
    sample: (arr, n) => r.shuffle(arr).slice(0, Math.min(n, arr.length)),
  };
  return r;
}

/** A TCP port on 127.0.0.1 that nothing listens on: one the system just gave out and took back. */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Start `node argv…` in `cwd` and wait for a line matching `ready` on its stdout (30 s at most).
 * The child joins `children`, which the caller stops on exit; `stopProcess` takes it out again.
 */
export function startProcess(argv, env, ready, { cwd, children }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, { env: { PATH: process.env.PATH, ...env }, cwd });
    children.add(child);
    let output = '';
    const timer = setTimeout(() => reject(new Error(`not ready after 30 s:\n${output}`)), 30_000);
    const onData = (chunk) => {
      output += chunk;
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

/**
 * The children a bench starts and its scratch folder, both cleaned up by `cleanup()` and on
 * Ctrl+C.
 */
export function benchProcesses(work) {
  const children = new Set();
  const cleanup = () => {
    for (const child of children) child.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  return { children, cleanup };
}

/** Stop a child started by `startProcess` (SIGTERM) and wait until it has exited. */
export async function stopProcess(child, children) {
  children.delete(child);
  child.kill('SIGTERM');
  await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.on('exit', resolve)));
}

/** The admin API key every benchmarked server is started with (DESIGNDOC_BOOTSTRAP_TOKEN). */
export const BENCH_TOKEN = 'designdoc-bench-admin-token-0123456789abcdef';
/** Headers that authenticate requests as that admin. */
export const BENCH_AUTH = { authorization: `Bearer ${BENCH_TOKEN}` };

/**
 * `designdoc serve` on a free port with the rate limit out of the way and the bench's admin
 * key (BENCH_TOKEN, created on the database's first start); resolves to
 * `{url, child}` once it listens. `env` chooses the database (DESIGNDOC_DATA_DIR or DATABASE_URL).
 */
export async function startDesigndoc(env, { cwd, children }) {
  const port = await freePort();
  const child = await startProcess(
    [
      // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/profiles": the server under load.
      ...(process.env.BENCH_SERVER_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? []),
      path.join(REPO_DIR, 'packages/cli/bin/designdoc.js'),
      'serve',
      '--port',
      String(port),
      '--no-demo',
    ],
    {
      RATE_LIMIT_MAX: '1000000',
      LOG_LEVEL: 'warn',
      DESIGNDOC_BOOTSTRAP_TOKEN: BENCH_TOKEN,
      ...env,
    },
    /designdoc server on/,
    { cwd, children },
  );
  return { url: `http://127.0.0.1:${port}/`, child };
}

/** The p-th percentile (0–100) of numbers sorted ascending (nearest rank). */
export function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** A process's resident memory from /proc in MiB: now (VmRSS) and its peak so far (VmHWM). */
export function processMemory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key) =>
    Number(status.match(new RegExp(`^${key}:\\s+(\\d+)`, 'm'))?.[1] ?? Number.NaN);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}
