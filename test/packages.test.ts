import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { shippedSources } from './shipped-sources.js';

// Each published package declares every package its code imports (nothing arrives only through
// the workspace's hoisting), and the CLI's bundle, the code its package runs, imports nothing
// but its own dependencies and optional peers.

const ROOT = fileURLToPath(new URL('../', import.meta.url));

interface Manifest {
  name: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  files?: string[];
  engines?: { node?: string };
  repository?: { url?: string; directory?: string };
  keywords?: string[];
}

const manifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(ROOT, 'packages', dir, 'package.json'), 'utf8'));

/**
 * The packages some code imports, by the file that first does, read by esbuild's parser (type-only
 * imports are dropped, as at run time; comments and strings are not imports).
 */
async function importsOf(files: string[]): Promise<Map<string, string>> {
  const { metafile } = await build({
    entryPoints: files,
    bundle: true,
    packages: 'external',
    external: ['*.css'],
    write: false,
    metafile: true,
    outdir: 'unused',
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
  });
  const where = new Map<string, string>();
  for (const [file, input] of Object.entries(metafile.inputs))
    for (const { path, external } of input.imports) {
      if (!external || path.startsWith('node:') || BUILTINS.has(path.split('/')[0] ?? '')) continue;
      const parts = path.split('/');
      const name = path.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? path);
      if (!where.has(name)) where.set(name, file);
    }
  return where;
}

const BUILTINS = new Set(builtinModules);

describe('published packages', () => {
  it.each([
    ['core', ['dependencies']],
    // The server's optional peer is the OpenTelemetry SDK, imported only when tracing is on.
    ['server', ['dependencies', 'peerDependencies']],
    // The CLI's sources are bundled: what they import is a devDependency inlined by the bundle,
    // a dependency, or an optional peer.
    ['cli', ['dependencies', 'devDependencies', 'peerDependencies']],
  ] as const)('%s declares every package its sources import', async (dir, fields) => {
    const pkg = manifest(dir);
    const declared = new Set(fields.flatMap((field) => Object.keys(pkg[field] ?? {})));
    const imports = await importsOf(shippedSources(join(ROOT, 'packages', dir, 'src')));
    const undeclared = [...imports].filter(([name]) => name !== pkg.name && !declared.has(name));
    expect(undeclared.map(([name, file]) => `${name} (${file})`)).toEqual([]);
  });

  it("the CLI bundle imports only the CLI's dependencies and optional peers", async () => {
    const pkg = manifest('cli');
    const bundle = join(ROOT, 'packages/cli/bundle');
    const files = readdirSync(bundle)
      .filter((file) => file.endsWith('.js'))
      .map((file) => join(bundle, file));
    expect(files.length).toBeGreaterThan(2);
    const runtime = new Set([
      ...Object.keys(pkg.dependencies ?? {}),
      ...Object.keys(pkg.peerDependencies ?? {}),
    ]);
    const stray = [...(await importsOf(files))].filter(([name]) => !runtime.has(name));
    expect(stray.map(([name, file]) => `${name} (${file})`)).toEqual([]);
    for (const peer of Object.keys(pkg.peerDependencies ?? {}))
      expect(pkg.peerDependenciesMeta?.[peer]?.optional, peer).toBe(true);
  });

  it("the server's peers are optional: it installs and serves without them", () => {
    const pkg = manifest('server');
    for (const peer of Object.keys(pkg.peerDependencies ?? {}))
      expect(pkg.peerDependenciesMeta?.[peer]?.optional, peer).toBe(true);
  });

  it.each(['core', 'cli', 'server'])('%s has the metadata a registry user expects', (dir) => {
    const pkg = manifest(dir);
    expect(pkg.private).toBeUndefined();
    expect(pkg.engines?.node).toBe('>=20.19');
    expect(pkg.repository?.url).toMatch(/^git\+https:\/\/github\.com\//);
    expect(pkg.repository?.directory).toBe(`packages/${dir}`);
    expect(pkg.keywords?.length).toBeGreaterThan(3);
    expect(pkg.files?.length).toBeGreaterThan(0);
    // Published ranges take patch releases; the lock file keeps this repository exact.
    for (const [name, range] of Object.entries(pkg.dependencies ?? {}))
      expect(range, `${dir}: ${name}`).toMatch(/^[~^]/);
  });
});
