import { dirname, relative } from 'node:path';
import {
  mergeRuleSettings,
  peekTemplateName,
  type RuleSettings,
  type TemplateSpec,
} from '@designdoc/core';
import picomatch from 'picomatch';
import { CliError } from '../io.js';
import type { ConfigFinder, LoadedConfig, ScopedGlobs } from './load-config.js';
import { resolveTemplate } from './resolve-template.js';

/** What one file is linted with. */
export interface FileSettings {
  template: TemplateSpec;
  rules: RuleSettings;
  docsUrl?: string;
}

const matchers = new Map<string, (path: string) => boolean>();

function matcher(glob: string): (path: string) => boolean {
  let match = matchers.get(glob);
  if (!match) {
    match = picomatch(glob, { dot: true, matchBase: !glob.includes('/') });
    matchers.set(glob, match);
  }
  return match;
}

const mergedRules = new WeakMap<LoadedConfig, Map<string, RuleSettings>>();

/**
 * The config's rules with the matched overrides merged in, one object per combination: core
 * resolves and validates a settings object once, so files that share settings share it.
 */
function rulesFor(config: LoadedConfig, matched: number[]): RuleSettings {
  let byKey = mergedRules.get(config);
  if (!byKey) {
    byKey = new Map();
    mergedRules.set(config, byKey);
  }
  const key = matched.join(',');
  let rules = byKey.get(key);
  if (!rules) {
    rules = config.rules;
    for (const index of matched) {
      const override = config.overrides[index];
      if (override?.rules) rules = mergeRuleSettings(rules, override.rules);
    }
    byKey.set(key, rules);
  }
  return rules;
}

/** Whether a file matches any of some folder-relative globs. */
export function matchesScoped(scoped: ScopedGlobs, file: string): boolean {
  const path = relative(scoped.baseDir, file).split('\\').join('/');
  if (path.startsWith('..')) return false;
  return scoped.globs.some((glob) => matcher(glob)(path));
}

/**
 * The template the config gives a file (its last matching override's, else the config's), or
 * undefined when the config names none; and which overrides matched.
 */
function configuredTemplate(file: string, finder: ConfigFinder) {
  const config = finder.forDirectory(dirname(file));
  let configured = config.template;
  const matched: number[] = [];
  config.overrides.forEach((override, index) => {
    if (!matchesScoped(override, file)) return;
    matched.push(index);
    if (override.template) configured = override.template;
  });
  return { config, configured, matched };
}

/**
 * The template a file asks for by name, for a designdoc server to resolve: `--template`, then
 * the config's; undefined when neither names one (the document's front matter, else the
 * workspace default, decide on the server).
 */
export function templateNameForServer(
  file: string,
  finder: ConfigFinder,
  cliTemplate: string | undefined,
): string | undefined {
  return cliTemplate ?? configuredTemplate(file, finder).configured?.ref;
}

/**
 * The template and rules for one file: `--template` wins, then the document's own front-matter
 * `template:`, then the last matching override, then the config, then `tdd`.
 */
export function settingsForFile(
  file: string,
  source: string,
  finder: ConfigFinder,
  cli: { template?: string; cwd: string },
): FileSettings {
  const { config, configured, matched } = configuredTemplate(file, finder);
  let templateRef = configured ?? { ref: 'tdd', baseDir: config.dir };
  const rules = rulesFor(config, matched);
  const fromDocument = peekTemplateName(source);
  if (fromDocument) templateRef = { ref: fromDocument, baseDir: dirname(file) };
  if (cli.template) templateRef = { ref: cli.template, baseDir: cli.cwd };
  let template: TemplateSpec;
  try {
    template = resolveTemplate(templateRef.ref, templateRef.baseDir);
  } catch (error) {
    // In a run over many files, say which document asked for a template that cannot be had.
    if (error instanceof CliError && fromDocument && !cli.template) {
      throw new CliError(
        `${relative(cli.cwd, file) || file}: front matter “template: ${fromDocument}”: ${error.message}`,
      );
    }
    throw error;
  }
  const settings: FileSettings = { template, rules };
  if (config.docsUrl) settings.docsUrl = config.docsUrl;
  return settings;
}
