import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { inferTemplate, PRESETS, type TemplateSpec, templateToYaml } from '@designdoc/core';
import { resolveTemplate } from '../config/resolve-template.js';
import { decodeDocument } from '../files/read-document.js';
import { CliError, type Io } from '../io.js';

/** `designdoc template list`: the built-in templates. */
export function templateList(io: Io): number {
  const width = Math.max(...Object.keys(PRESETS).map((name) => name.length));
  for (const spec of Object.values(PRESETS)) {
    io.stdout.write(`${spec.name.padEnd(width)}  ${spec.title} — ${spec.description ?? ''}\n`);
  }
  return 0;
}

/** `designdoc template show NAME|PATH`: a template spec as YAML. */
export function templateShow(ref: string, io: Io): number {
  io.stdout.write(templateToYaml(resolveTemplate(ref, io.cwd)));
  return 0;
}

/** The spec name `template infer` gives a file: its name, lower-case, words joined by dashes. */
export function templateNameOf(path: string): string {
  return basename(path, extname(path))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A template spec inferred from a blank Markdown template file, and the YAML to save it as
 * (with a first line that says where it came from). `shown` names the file in messages.
 */
export function inferTemplateFile(
  path: string,
  shown: string,
  options: { name?: string; title?: string },
): { spec: TemplateSpec; yaml: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new CliError(
      `Cannot read ${shown}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message}`,
    );
  }
  const read = decodeDocument(bytes);
  if (!read.ok) throw new CliError(`${shown}: ${read.message}`);
  const name = options.name ?? templateNameOf(path);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name))
    throw new CliError(`Invalid --name “${name}”: use lower-case letters, digits and dashes`);
  const spec = inferTemplate(read.text, {
    name,
    ...(options.title ? { title: options.title } : {}),
  });
  if (spec.sections.length === 0)
    throw new CliError(`${shown}: no headings found, so no sections to infer a template from`);
  const yaml = `# Inferred by designdoc from ${basename(path)}; review required sections, aliases and descriptions.\n${templateToYaml(spec)}`;
  return { spec, yaml };
}

/** `designdoc template infer FILE.md`: derive a spec from a blank Markdown template. */
export function templateInfer(
  file: string,
  options: { name?: string; title?: string; output?: string },
  io: Io,
): number {
  const { spec, yaml } = inferTemplateFile(resolve(io.cwd, file), file, options);
  if (options.output) {
    try {
      writeFileSync(resolve(io.cwd, options.output), yaml);
    } catch (error) {
      throw new CliError(`Cannot write ${options.output}: ${(error as Error).message}`);
    }
    io.stderr.write(`Wrote ${options.output} (${spec.sections.length} sections)\n`);
  } else io.stdout.write(yaml);
  return 0;
}
