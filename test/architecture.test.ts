import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { shippedSources } from './shipped-sources.js';

// The shape DESIGN.md draws, checked: no import cycle in any package, and HTTP stays in the
// server's routes: nothing outside `routes/` imports a route folder (app.ts registers them all
// through routes/index.ts), and no route folder imports another (they share routes/common/). The graph is esbuild's reading of the sources, as at run time:
// type-only imports are not edges.

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Each source file of a package and the package's own files it imports. */
async function importGraph(pkg: string): Promise<Map<string, string[]>> {
  const src = join(ROOT, 'packages', pkg, 'src');
  const { metafile } = await build({
    entryPoints: shippedSources(src),
    bundle: true,
    packages: 'external',
    external: ['*.css', '*.svg'],
    write: false,
    metafile: true,
    outdir: 'unused',
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
  });
  const own = (path: string) => path.startsWith(`packages/${pkg}/src/`);
  const graph = new Map<string, string[]>();
  for (const [file, input] of Object.entries(metafile.inputs))
    if (own(file))
      graph.set(
        file,
        input.imports.filter((i) => !i.external && own(i.path)).map((i) => i.path),
      );
  return graph;
}

/**
 * Each source file and the package's own files it imports, type-only imports included (a cycle
 * of types still ties two modules together): the import statements as Biome formats them, one
 * per line start, resolved as TypeScript resolves `./x.js` to `./x.ts`.
 */
function sourceGraph(pkg: string): Map<string, string[]> {
  const src = join(ROOT, 'packages', pkg, 'src');
  const files = new Set(shippedSources(src));
  const statement = /^(?:import|export)\b[^;]*?\bfrom\s+'(\.[^']+)'/gms;
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets: string[] = [];
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(statement)) {
      const base = join(dirname(file), spec as string);
      const target = [base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'), base].find(
        (candidate) => files.has(candidate),
      );
      if (target) targets.push(relative(ROOT, target));
    }
    graph.set(relative(ROOT, file), targets);
  }
  return graph;
}

/** The import cycles of a graph: its strongly connected components of two or more files. */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const lowest = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    indices.set(file, index);
    lowest.set(file, index++);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        lowest.set(file, Math.min(lowest.get(file) ?? 0, lowest.get(next) ?? 0));
      } else if (onStack.has(next))
        lowest.set(file, Math.min(lowest.get(file) ?? 0, indices.get(next) ?? 0));
    }
    if (lowest.get(file) === indices.get(file)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!indices.has(file)) visit(file);
  return found;
}

describe('architecture', () => {
  it.each(['core', 'cli', 'server', 'web'])('%s has no import cycle', async (pkg) => {
    expect(cycles(await importGraph(pkg))).toEqual([]);
    expect(cycles(sourceGraph(pkg))).toEqual([]);
  });

  it('imports a server route folder only from within routes/', async () => {
    const graph = await importGraph('server');
    const routes = 'packages/server/src/routes/';
    const intoRoutes: string[] = [];
    for (const [file, imports] of graph)
      for (const target of imports) {
        if (!target.startsWith(routes)) continue;
        if (file.startsWith(routes)) {
          // A route folder uses its own files, the HTTP vocabulary every route shares
          // (routes/common/, routes/*.ts), and the domain modules, never another route folder.
          const folderOf = (path: string) => path.slice(routes.length).split('/');
          const [, ...inside] = folderOf(target);
          const shared = inside.length === 0 || folderOf(target)[0] === 'common';
          const registry = file === `${routes}index.ts`;
          if (folderOf(file)[0] !== folderOf(target)[0] && !shared && !registry)
            intoRoutes.push(`${relative(routes, file)} -> ${relative(routes, target)}`);
        } else if (!(file === 'packages/server/src/app.ts' && target === `${routes}index.ts`))
          intoRoutes.push(`${file} -> ${target}`);
      }
    expect(intoRoutes).toEqual([]);
  });

  it("imports no other package's files by relative path, tests included", () => {
    const crossings: string[] = [];
    const statement = /^(?:import|export)\b[^;]*?\bfrom\s+'(\.[^']+)'/gms;
    for (const pkg of readdirSync(join(ROOT, 'packages'))) {
      const dir = join(ROOT, 'packages', pkg);
      const files = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter(
        (file) => /\.(?:ts|tsx)$/.test(file) && !/(?:^|\/)(?:node_modules|dist)\//.test(file),
      );
      for (const file of files)
        for (const [, spec] of readFileSync(join(dir, file), 'utf8').matchAll(statement)) {
          const target = relative(join(ROOT, 'packages'), join(dir, dirname(file), spec as string));
          if (!target.startsWith('..') && !target.startsWith(`${pkg}/`))
            crossings.push(`packages/${pkg}/${file} -> ${spec}`);
        }
    }
    expect(crossings).toEqual([]);
  });
});
