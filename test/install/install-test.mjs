// The install test (.ci/run): what a user installs, installed as the README says, outside this
// repository. `npm pack` every published package, install the CLI into an empty project with the
// README's own install line (the tarball standing in for the registry's designdoc), and there run
// lint, fix --dry-run, build, serve, check-api and check-schema (without its drivers, then with the
// parser its message names); then install the server the same way, check-schema with the SQLite
// driver the server brings, and serve /healthz.
// Prints what it measured; exits 1 on the first thing that is not as the README says.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
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
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkApiInstalled,
  checkSchemaWithoutPeers,
  checkSchemaWithSqlite,
} from './check-commands.mjs';
import { diskBytes, installedPackages } from './installed-size.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** Packages the server's tree declares `node >=22` for, though they run on 20.19+ (README). */
const DOCUMENTED_ENGINE_WARNINGS = new Set(['content-disposition', 'cookie']);
/** The lean install's ceiling (issue 17): ESLint 9 is about 86 packages and 15 MB. */
const MAX_CLI_PACKAGES = 40;
const MAX_CLI_BYTES = 12 * 1024 * 1024;

const work = mkdtempSync(join(tmpdir(), 'designdoc-install-'));
let failures = 0;

function check(ok, what, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? `: ${detail}` : ''}`);
  if (!ok) failures++;
}

function run(command, args, cwd, env = {}) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A line of README.md's "Install in your repository" section that starts with `prefix`. */
function readmeLine(prefix) {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const section = readme
    .split(/^## /m)
    .find((part) => part.startsWith('Install in your repository'));
  const line = section?.split('\n').find((l) => l.startsWith(prefix));
  if (!line) throw new Error(`README.md's install section has no line starting “${prefix}”`);
  return line
    .replace(/\s+#.*$/, '')
    .trim()
    .split(/\s+/);
}

function engineWarnings(output) {
  return [...output.matchAll(/package: '((?:@[^/]+\/)?[^@']+)@/g)].map((match) => match[1]);
}

/** `npm install` as the README's line says, each package name replaced by its tarball. */
function install(project, line, tarballs) {
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'package.json'), '{ "name": "team-docs", "private": true }\n');
  const args = line.slice(1).map((arg) => tarballs[arg] ?? arg);
  // @designdoc/core comes from the registry in a real install; here it is a tarball too.
  if (args.includes(tarballs['@designdoc/server'])) args.push(tarballs['@designdoc/core']);
  const started = performance.now();
  const result = run('npm', [...args, '--no-audit', '--no-fund'], project);
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function untilHealthy(url, child, seconds) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until && child.exitCode === null) {
    try {
      const response = await fetch(url);
      if (response.ok) return response.status;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return null;
}

try {
  // 1. Pack what a user installs (prepack checks the build output is there, adds LICENSE).
  const packs = join(work, 'tarballs');
  mkdirSync(packs);
  execFileSync(
    'npm',
    [
      'pack',
      '--silent',
      '--pack-destination',
      packs,
      ...['core', 'cli', 'server'].flatMap((p) => ['--workspace', `packages/${p}`]),
    ],
    { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const tarball = (name) =>
    join(
      packs,
      readdirSync(packs).find((file) => file.startsWith(name)),
    );
  const tarballs = {
    designdoc: tarball('designdoc-0'),
    '@designdoc/core': tarball('designdoc-core-'),
    '@designdoc/server': tarball('designdoc-server-'),
  };
  for (const [name, path] of Object.entries(tarballs)) {
    const listing = execFileSync('tar', ['tzf', path], { encoding: 'utf8' });
    check(listing.includes('package/LICENSE'), `${name} tarball holds LICENSE`);
  }

  // 2. The CLI alone, with the README's line.
  const cliLine = readmeLine('npm install --save-dev designdoc');
  const project = join(work, 'team-docs');
  const cli = install(project, cliLine, tarballs);
  check(cli.code === 0, `${cliLine.join(' ')}`, `exit ${cli.code} in ${cli.seconds.toFixed(1)} s`);
  const warnings = `${cli.stdout}${cli.stderr}`.split('\n').filter((l) => /npm warn/i.test(l));
  check(
    warnings.length === 0,
    'the CLI installs without a warning',
    warnings.slice(0, 3).join(' | '),
  );
  const packages = installedPackages(project);
  const bytes = diskBytes(join(project, 'node_modules'));
  check(packages <= MAX_CLI_PACKAGES, `CLI install: ${packages} packages (≤ ${MAX_CLI_PACKAGES})`);
  check(
    bytes <= MAX_CLI_BYTES,
    `CLI install: ${(bytes / 1024 / 1024).toFixed(1)} MB on disk (≤ 12 MB)`,
  );

  cpSync(join(REPO, 'examples'), join(project, 'docs'), { recursive: true });
  cpSync(join(REPO, 'DESIGN.md'), join(project, 'DESIGN.md'));
  const clean = [
    'docs/payments-ledger.md',
    'docs/adr-0001-use-postgresql.md',
    'docs/rfc-0001-workspace-templates.md',
  ];
  let result = run('npx', ['designdoc', 'lint', ...clean], project);
  check(result.code === 0, 'npx designdoc lint (clean examples) exits 0', result.stderr.trim());
  result = run('npx', ['designdoc', 'lint', 'docs/broken.md'], project);
  check(
    result.code === 1 && /\d+ problems/.test(result.stdout),
    'npx designdoc lint docs/broken.md exits 1 with findings',
  );
  const before = readFileSync(join(project, 'docs/broken.md'), 'utf8');
  result = run('npx', ['designdoc', 'fix', '--dry-run', 'docs/broken.md'], project);
  check(
    result.code === 1 &&
      result.stdout.startsWith('diff --git a/docs/broken.md b/docs/broken.md') &&
      readFileSync(join(project, 'docs/broken.md'), 'utf8') === before,
    'npx designdoc fix --dry-run prints the diff and writes nothing',
  );
  result = run('npx', ['designdoc', 'build', 'DESIGN.md', 'docs', '--out', 'site'], project);
  check(
    result.code === 0 && existsSync(join(project, 'site/index.html')),
    'npx designdoc build writes the site',
    result.stdout.trim(),
  );
  check(
    /Mermaid diagrams, shown as their source: install mermaid/.test(result.stderr),
    'build says diagrams need mermaid installed',
    result.stderr.trim(),
  );
  result = run('npx', ['designdoc', 'serve'], project);
  check(
    result.code === 2 &&
      /needs the server, which is not installed: npm install @designdoc\/server/.test(
        result.stderr,
      ) &&
      result.stderr.trim().split('\n').length === 1,
    'npx designdoc serve without the server: one line, exit 2',
    result.stderr.trim(),
  );
  checkApiInstalled(project, run, check);
  checkSchemaWithoutPeers(project, run, check);

  // 3. The server, installed the same way, serves /healthz and the web app.
  const serverLine = readmeLine('npm install designdoc @designdoc/server');
  const serverProject = join(work, 'team-server');
  const server = install(serverProject, serverLine, tarballs);
  check(
    server.code === 0,
    serverLine.join(' '),
    `exit ${server.code} in ${server.seconds.toFixed(1)} s`,
  );
  const undocumented = engineWarnings(`${server.stdout}${server.stderr}`).filter(
    (name) => !DOCUMENTED_ENGINE_WARNINGS.has(name),
  );
  check(
    undocumented.length === 0,
    'no engine warning beyond the two the README explains',
    undocumented.join(', '),
  );
  console.log(
    `     server install: ${installedPackages(serverProject)} packages, ${(diskBytes(join(serverProject, 'node_modules')) / 1024 / 1024).toFixed(0)} MB`,
  );
  checkSchemaWithSqlite(serverProject, run, check);
  const port = await freePort();
  const child = spawn(
    join(serverProject, 'node_modules/.bin/designdoc'),
    ['serve', '--port', String(port)],
    {
      cwd: serverProject,
      env: { ...process.env, DESIGNDOC_DATA_DIR: join(serverProject, 'data') },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  try {
    const status = await untilHealthy(`http://127.0.0.1:${port}/healthz`, child, 30);
    check(
      status === 200,
      'designdoc serve → /healthz 200',
      status === null ? output.slice(-500) : '',
    );
    const page = await (await fetch(`http://127.0.0.1:${port}/`)).text();
    check(
      page.includes('<title>designdoc</title>') && page.includes('/assets/'),
      'the server serves the built web app at /',
    );
    check(
      /First run: created the instance admin/.test(output),
      'the first start prints the admin account once',
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) =>
      child.exitCode === null ? child.once('exit', resolve) : resolve(),
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(failures === 0 ? '\ninstall test: all passed' : `\ninstall test: ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
