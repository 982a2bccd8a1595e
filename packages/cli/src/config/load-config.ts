import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  type DesignDocConfig,
  DesignDocError,
  mergeRuleSettings,
  RULES,
  type Rule,
  type RuleSettings,
  resolveRules,
  validateConfig,
} from '@designdoc/core';
import { CliError } from '../io.js';
import { parseDataFile } from './parse-data-file.js';

export const CONFIG_FILE_NAMES = [
  'designdoc.config.yaml',
  'designdoc.config.yml',
  'designdoc.config.json',
];

/**
 * A template a config names, resolved against the config's folder: one (`ref`), or several
 * (`ref` is the first, `alternatives` the others), of which each document takes the closest.
 */
export interface TemplateRef {
  ref: string;
  baseDir: string;
  alternatives?: string[];
}

function templateRef(value: string | string[], baseDir: string): TemplateRef {
  const [ref, ...alternatives] = Array.isArray(value) ? value : [value];
  return alternatives.length > 0
    ? { ref: ref as string, baseDir, alternatives }
    : { ref: ref as string, baseDir };
}

/** Globs that belong to the folder of the config file that wrote them. */
export interface ScopedGlobs {
  baseDir: string;
  globs: string[];
}

export interface LoadedOverride extends ScopedGlobs {
  template?: TemplateRef;
  rules?: RuleSettings;
}

/** A config file with its `extends` chain resolved: what applies to files under its folder. */
export interface LoadedConfig {
  path: string | null;
  dir: string;
  template?: TemplateRef;
  rules: RuleSettings;
  overrides: LoadedOverride[];
  ignores: ScopedGlobs[];
  /** The design documents a command reads when given no paths (the last file to set them wins). */
  documents?: ScopedGlobs;
  docsUrl?: string;
  /** Report disable comments that switched nothing off (the last file to set it wins). */
  reportUnusedDisableDirectives?: 'off' | 'warn' | 'error';
}

const asList = (value: string | string[] | undefined) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Load a config file and everything it extends (later wins; a cycle is an error). */
export function loadConfigFile(path: string, chain: string[] = []): LoadedConfig {
  const absolute = resolve(path);
  if (chain.includes(absolute))
    throw new CliError(
      `Configuration ${absolute} extends itself (${[...chain, absolute].join(' → ')})`,
    );
  let config: DesignDocConfig;
  try {
    config = validateConfig(parseDataFile(absolute, 'configuration'), absolute);
    // Unknown rule ids and bad rule options are found here, where the file can be named, not at lint time.
    const registry = RULES as unknown as readonly Rule<unknown>[];
    resolveRules(registry, config.rules, absolute);
    for (const [i, override] of (config.overrides ?? []).entries())
      resolveRules(registry, override.rules, `${absolute} (overrides[${i}])`);
  } catch (error) {
    if (error instanceof DesignDocError) throw new CliError(error.message);
    throw error;
  }
  const dir = dirname(absolute);
  const bases = asList(config.extends).map((ref) =>
    loadConfigFile(resolve(dir, ref), [...chain, absolute]),
  );
  const own: LoadedConfig = {
    path: absolute,
    dir,
    rules: config.rules ?? {},
    overrides: (config.overrides ?? []).map((o) => ({
      baseDir: dir,
      globs: asList(o.files),
      ...(o.template ? { template: templateRef(o.template, dir) } : {}),
      ...(o.rules ? { rules: o.rules } : {}),
    })),
    ignores: config.ignores ? [{ baseDir: dir, globs: config.ignores }] : [],
  };
  if (config.template) own.template = templateRef(config.template, dir);
  if (config.documents) own.documents = { baseDir: dir, globs: asList(config.documents) };
  if (config.docsUrl) own.docsUrl = config.docsUrl;
  if (config.reportUnusedDisableDirectives)
    own.reportUnusedDisableDirectives = config.reportUnusedDisableDirectives;
  return bases.reduceRight<LoadedConfig>((merged, base) => mergeConfigs(base, merged), own);
}

function mergeConfigs(base: LoadedConfig, over: LoadedConfig): LoadedConfig {
  const merged: LoadedConfig = {
    path: over.path,
    dir: over.dir,
    rules: mergeRuleSettings(base.rules, over.rules),
    overrides: [...base.overrides, ...over.overrides],
    ignores: [...base.ignores, ...over.ignores],
  };
  const template = over.template ?? base.template;
  if (template) merged.template = template;
  const documents = over.documents ?? base.documents;
  if (documents) merged.documents = documents;
  const docsUrl = over.docsUrl ?? base.docsUrl;
  if (docsUrl) merged.docsUrl = docsUrl;
  const unused = over.reportUnusedDisableDirectives ?? base.reportUnusedDisableDirectives;
  if (unused) merged.reportUnusedDisableDirectives = unused;
  return merged;
}

/**
 * Finds the config that applies to a folder by walking up from it (the nearest
 * `designdoc.config.{yaml,yml,json}` wins), caching each folder's answer.
 */
export class ConfigFinder {
  private readonly byDir = new Map<string, LoadedConfig>();
  private readonly byFile = new Map<string, LoadedConfig>();

  constructor(
    private readonly explicitPath: string | null,
    private readonly cwd: string,
  ) {}

  forDirectory(dir: string): LoadedConfig {
    if (this.explicitPath) return this.load(this.explicitPath);
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    let found: LoadedConfig | null = null;
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) {
        found = this.load(candidate);
        break;
      }
    }
    if (!found) {
      const parent = dirname(dir);
      found =
        parent === dir
          ? { path: null, dir: this.cwd, rules: {}, overrides: [], ignores: [] }
          : this.forDirectory(parent);
    }
    this.byDir.set(dir, found);
    return found;
  }

  private load(path: string): LoadedConfig {
    const absolute = resolve(this.cwd, path);
    let config = this.byFile.get(absolute);
    if (!config) {
      config = loadConfigFile(absolute);
      this.byFile.set(absolute, config);
    }
    return config;
  }
}
