import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { createSlugger, PRESETS, type TemplateSpec, templateSkeleton } from '@designdoc/core';
import { stringify } from 'yaml';
import { frontMatterTemplate } from '../config/file-settings.js';
import { ConfigFinder } from '../config/load-config.js';
import { resolveTemplate } from '../config/resolve-template.js';
import { CliError, type Io } from '../io.js';

export interface NewOptions {
  template?: string;
  dir: string;
  author?: string[];
  force?: boolean;
  config?: string;
}

/**
 * What the new document's front-matter `template:` must say for every command to find the
 * template again from where the document is: nothing for tdd (the default), the name for a
 * preset or for a spec the document's config uses under that name, else the spec's path
 * relative to the document's folder.
 */
function templateReference(
  spec: TemplateSpec,
  specPath: string | null,
  document: string,
  finder: ConfigFinder,
  cwd: string,
): string | null {
  if (specPath === null) return spec.name === 'tdd' ? null : spec.name;
  try {
    if (frontMatterTemplate(spec.name, document, finder, cwd) === spec) return spec.name;
  } catch {
    // The name does not resolve from there: the path will.
  }
  const path = relative(dirname(document), specPath).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/** The skeleton with its front matter's `template:` set to `reference` (or removed). */
function withTemplate(skeleton: string, reference: string | null): string {
  const end = skeleton.indexOf('\n---\n', 3);
  const lines = skeleton
    .slice(4, end)
    .split('\n')
    .filter((line) => !line.startsWith('template:'));
  if (reference !== null) lines.push(stringify({ template: reference }).trimEnd());
  return `---\n${lines.join('\n')}${skeleton.slice(end)}`;
}

/** `designdoc new "Title"`: start a document from a template, with its front matter filled in. */
export function newCommand(title: string, options: NewOptions, io: Io): number {
  if (title.trim() === '')
    throw new CliError('A title is required: designdoc new "Payments ledger"');
  const dir = resolve(io.cwd, options.dir);
  const finder = new ConfigFinder(options.config ? resolve(io.cwd, options.config) : null, io.cwd);
  const config = finder.forDirectory(dir);
  const ref = options.template
    ? { ref: options.template, baseDir: io.cwd }
    : (config.template ?? { ref: 'tdd', baseDir: io.cwd });
  const spec = resolveTemplate(ref.ref, ref.baseDir);
  const slug = createSlugger()(title) || 'design-doc';
  const path = join(dir, `${slug}.md`);
  if (existsSync(path) && !options.force) {
    throw new CliError(
      `${relative(io.cwd, path)} already exists; choose another title or pass --force to overwrite it`,
    );
  }
  const date = io.today?.() ?? new Date().toISOString().slice(0, 10);
  const authors = options.author ?? (io.env.DESIGNDOC_AUTHOR ? [io.env.DESIGNDOC_AUTHOR] : []);
  const specPath = Object.hasOwn(PRESETS, ref.ref) ? null : resolve(ref.baseDir, ref.ref);
  const reference = templateReference(spec, specPath, path, finder, io.cwd);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path,
      withTemplate(templateSkeleton(spec, { title: title.trim(), authors, date }), reference),
    );
  } catch (error) {
    throw new CliError(`Cannot write ${relative(io.cwd, path)}: ${(error as Error).message}`);
  }
  io.stdout.write(`Created ${relative(io.cwd, path)} from template ${spec.name}\n`);
  return 0;
}
