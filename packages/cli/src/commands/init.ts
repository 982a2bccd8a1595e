import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { PRESETS } from '@designdoc/core';
import { frontMatterTemplate } from '../config/file-settings.js';
import { CONFIG_FILE_NAMES, ConfigFinder } from '../config/load-config.js';
import { resolveTemplate } from '../config/resolve-template.js';
import { CliError, type Io } from '../io.js';
import { detectLayout } from './detect-layout.js';
import { type InferredSpec, planInitConfig, specName } from './plan-init-config.js';
import { inferTemplateFile } from './template.js';

export interface InitOptions {
  /** A preset name, a template spec, or a blank Markdown template to infer one from. */
  template?: string;
  force?: boolean;
}

const CONFIG_FILE = 'designdoc.config.yaml';

/**
 * `--template NAME|PATH` as the config will say it: a preset by name; a spec by its path
 * relative to the config; a blank Markdown template by the spec inferred from it, written
 * beside the config.
 */
function chosenTemplate(ref: string, cwd: string, specs: InferredSpec[]) {
  if (Object.hasOwn(PRESETS, ref)) return { ref, why: 'chosen with --template' };
  const path = resolve(cwd, ref);
  const shown = relative(cwd, path).split(sep).join('/');
  if (/\.(?:md|markdown|mdx)$/i.test(ref)) {
    const name = specName(shown);
    const { spec, yaml } = inferTemplateFile(path, ref, { name });
    const file = `designdoc.${name}.yaml`;
    specs.push({ file, source: shown, yaml, sections: spec.sections.length });
    return { ref: `./${file}`, why: `inferred from ${shown}, chosen with --template` };
  }
  resolveTemplate(ref, cwd);
  return { ref: shown.startsWith('.') ? shown : `./${shown}`, why: 'chosen with --template' };
}

/**
 * `designdoc init`: look at where this repository keeps its design documents and write
 * `designdoc.config.yaml` (its `documents` globs, its template, a spec inferred from a blank
 * template when there is one), saying what it wrote and why. Non-interactive, so it runs in CI;
 * refuses to replace a config (or a spec) that exists unless `--force`.
 */
export async function initCommand(options: InitOptions, io: Io): Promise<number> {
  const existing = CONFIG_FILE_NAMES.find((name) => existsSync(join(io.cwd, name)));
  if (existing && !options.force)
    throw new CliError(`${existing} already exists; pass --force to replace it with a new one`);
  const layout = await detectLayout(io.cwd);
  const chosenSpecs: InferredSpec[] = [];
  const chosen = options.template ? chosenTemplate(options.template, io.cwd, chosenSpecs) : null;
  const plan = planInitConfig(layout, io.cwd, chosen);
  const specs = [...chosenSpecs, ...plan.specs];
  const taken = specs.find((spec) => existsSync(join(io.cwd, spec.file)));
  if (taken && !options.force)
    throw new CliError(`${taken.file} already exists; pass --force to replace it with a new one`);
  const write = (file: string, text: string) => {
    try {
      writeFileSync(join(io.cwd, file), text);
    } catch (error) {
      throw new CliError(`Cannot write ${file}: ${(error as Error).message}`);
    }
  };
  for (const spec of specs) write(spec.file, spec.yaml);
  write(CONFIG_FILE, plan.config);
  const out = [
    `Wrote ${CONFIG_FILE}:`,
    '',
    ...plan.config
      .trimEnd()
      .split('\n')
      .map((l) => `  ${l}`),
    '',
  ];
  for (const spec of specs)
    out.push(
      `Wrote ${spec.file}: ${spec.sections} sections inferred from ${spec.source} (as designdoc template infer does); review it`,
    );
  if (existing && existing !== CONFIG_FILE)
    out.push(`${existing} is still there, but ${CONFIG_FILE} is read before it; remove it`);
  // A document that names a template the new config cannot resolve would stop every run.
  const finder = new ConfigFinder(null, io.cwd);
  for (const { file, template } of layout.frontMatterTemplates) {
    try {
      frontMatterTemplate(template, join(io.cwd, file), finder, io.cwd);
    } catch (error) {
      out.push(`Note: ${(error as Error).message}`);
    }
  }
  out.push(
    plan.found
      ? 'Next: designdoc lint (with no paths it reads the documents above)'
      : 'Next: designdoc new "Title" --dir docs/design, then designdoc lint',
  );
  io.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
