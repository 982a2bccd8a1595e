import { relative, resolve } from 'node:path';
import type { Io } from '../io.js';
import { CliError } from '../io.js';
import { type BuildSummary, buildSite } from '../site/build-site.js';

export interface BuildCommandOptions {
  out: string;
  basePath: string;
  title: string;
  template?: string;
  config?: string;
  diagnostics?: boolean;
  ignore?: boolean;
}

/** `--base-path`: a path that starts and ends with `/` (`docs` → `/docs/`). */
export function normaliseBasePath(value: string): string {
  if (/[\s?#"'<>\\]/.test(value) || /^[a-z][a-z\d+.-]*:/i.test(value))
    throw new CliError(`Invalid --base-path “${value}”, expected a URL path such as /docs/`);
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The build options shared by `build` and `preview`. */
export function siteBuildOptions(
  patterns: string[],
  options: Omit<BuildCommandOptions, 'out'>,
  io: Io,
  outDir: string,
) {
  return {
    patterns,
    cwd: io.cwd,
    outDir,
    title: options.title,
    basePath: normaliseBasePath(options.basePath),
    diagnostics: Boolean(options.diagnostics),
    useIgnores: options.ignore !== false,
    ...(options.template ? { template: options.template } : {}),
    ...(options.config ? { configPath: resolve(io.cwd, options.config) } : {}),
  };
}

/** The notice for diagrams a site shows as source, because `mermaid` is not installed. */
export function mermaidNotice(summary: BuildSummary): string {
  const n = summary.diagramsWithoutMermaid;
  if (n === 0) return '';
  return `designdoc: ${n} document${n === 1 ? ' has' : 's have'} Mermaid diagrams, shown as their source: install mermaid beside designdoc to draw them (npm install --save-dev mermaid)\n`;
}

/** One line about what a build did. */
export function describeBuild(summary: BuildSummary, where: string, seconds: number): string {
  const unchanged = summary.documents - summary.rendered;
  return `Built ${summary.documents} document${summary.documents === 1 ? '' : 's'} into ${where} (${summary.rendered} rendered, ${unchanged} unchanged; ${summary.written} file${summary.written === 1 ? '' : 's'} written${summary.removed ? `, ${summary.removed} removed` : ''}) in ${seconds.toFixed(2)} s\n`;
}

/** `designdoc build`: write the static site; exit 2 when a document could not be read. */
export async function buildCommand(
  patterns: string[],
  options: BuildCommandOptions,
  io: Io,
): Promise<number> {
  const outDir = resolve(io.cwd, options.out);
  const started = performance.now();
  const summary = await buildSite(siteBuildOptions(patterns, options, io, outDir));
  for (const { file, message } of summary.failed)
    io.stderr.write(`designdoc: ${file}: ${message}\n`);
  io.stderr.write(mermaidNotice(summary));
  const where = `${relative(io.cwd, outDir) || '.'}/`;
  io.stdout.write(describeBuild(summary, where, (performance.now() - started) / 1000));
  return summary.failed.length > 0 ? 2 : 0;
}
