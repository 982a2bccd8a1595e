import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DesignDocError, PRESETS, type TemplateSpec, validateTemplate } from '@designdoc/core';
import { didYouMean } from '../did-you-mean.js';
import { CliError } from '../io.js';
import { parseDataFile } from './parse-data-file.js';

const cache = new Map<string, TemplateSpec>();

/**
 * A template by preset name (tdd, adr, rfc) or by path to a YAML/JSON spec, resolved against
 * `baseDir` (the config file's folder, or the working directory for `--template`).
 */
export function resolveTemplate(ref: string, baseDir: string): TemplateSpec {
  const preset = PRESETS[ref];
  if (preset) return preset;
  const path = resolve(baseDir, ref);
  const cached = cache.get(path);
  if (cached) return cached;
  if (!existsSync(path)) {
    const preset = didYouMean(ref, Object.keys(PRESETS));
    throw new CliError(
      `Unknown template “${ref}”: not a preset (${Object.keys(PRESETS).join(', ')}) and no file at ${path}${preset ? `; did you mean “${preset}”?` : ''}`,
    );
  }
  try {
    const spec = validateTemplate(parseDataFile(path, 'template spec'), path);
    cache.set(path, spec);
    return spec;
  } catch (error) {
    if (error instanceof DesignDocError) throw new CliError(error.message);
    throw error;
  }
}
