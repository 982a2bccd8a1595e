#!/usr/bin/env node
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The entry of the pre-commit hooks (.pre-commit-hooks.yaml, `language: script`): run designdoc
// with the hook's arguments (`lint`, `fix`) in the repository being committed to. pre-commit's
// `node` language cannot install a hook from this repository: it runs `npm install` and
// `npm pack` on the root package.json, which is a private workspace root without a version
// (npm pack refuses it) whose `prepare` builds every package. So this script finds the CLI
// itself: the repository's own designdoc when it has one (node_modules, so that the hook, the
// project's scripts and its CI run one version), else the designdoc release this hook
// repository is at, installed once with npm beside this script (in pre-commit's cache).

const hookRepository = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const win32 = process.platform === 'win32';

function projectCli(cwd) {
  const bin = join(cwd, 'node_modules', 'designdoc', 'bin', 'designdoc.js');
  return existsSync(bin) ? bin : null;
}

function releaseCli() {
  const manifest = join(hookRepository, 'packages', 'cli', 'package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8'));
  const prefix = join(hookRepository, '.designdoc-cli', version);
  const bin = join(prefix, 'node_modules', 'designdoc', 'bin', 'designdoc.js');
  if (existsSync(bin)) return bin;
  process.stderr.write(`designdoc: installing designdoc@${version} for pre-commit (once)\n`);
  const args = ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund'];
  // npm is a .cmd script on Windows, which only a shell runs; quote what the shell sees.
  const install = spawnSync(
    win32 ? 'npm.cmd' : 'npm',
    [...args, '--loglevel=error', `designdoc@${version}`].map((a) => (win32 ? `"${a}"` : a)),
    { stdio: ['ignore', 'inherit', 'inherit'], shell: win32 },
  );
  if (install.status !== 0 || !existsSync(bin)) {
    process.stderr.write(
      `designdoc: could not install designdoc@${version} with npm; add designdoc to the project (npm install --save-dev designdoc@${version}) and the hook runs that one\n`,
    );
    process.exit(2);
  }
  return bin;
}

const bin = projectCli(process.cwd()) ?? releaseCli();
const result = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = result.status ?? 2;
