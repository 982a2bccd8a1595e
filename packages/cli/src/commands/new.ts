import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createSlugger, templateSkeleton } from '@designdoc/core';
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

/** `designdoc new "Title"`: start a document from a template, with its front matter filled in. */
export function newCommand(title: string, options: NewOptions, io: Io): number {
  if (title.trim() === '')
    throw new CliError('A title is required: designdoc new "Payments ledger"');
  const dir = resolve(io.cwd, options.dir);
  const config = new ConfigFinder(options.config ?? null, io.cwd).forDirectory(dir);
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
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, templateSkeleton(spec, { title: title.trim(), authors, date }));
  } catch (error) {
    throw new CliError(`Cannot write ${relative(io.cwd, path)}: ${(error as Error).message}`);
  }
  io.stdout.write(`Created ${relative(io.cwd, path)} from template ${spec.name}\n`);
  return 0;
}
