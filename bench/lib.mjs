// Shared helpers for the designdoc benchmarks: argument parsing, tool command lines,
// and a process runner that measures whole-process wall time and peak RSS.
// Plain Node ESM, no dependencies.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
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
