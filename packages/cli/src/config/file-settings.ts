import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import {
  closestTemplate,
  isTemplatePath,
  mergeRuleSettings,
  PRESETS,
  peekTemplateName,
  type RuleSettings,
  type TemplateSpec,
} from '@designdoc/core';
import picomatch from 'picomatch';
import { gitRepositoryRoot } from '../files/repository-root.js';
import { CliError } from '../io.js';
import type { ConfigFinder, LoadedConfig, ScopedGlobs } from './load-config.js';
import { resolveTemplate } from './resolve-template.js';

/** What one file is linted with. */
export interface FileSettings {
  template: TemplateSpec;
  rules: RuleSettings;
  docsUrl?: string;
  /** Report disable comments that switched nothing off (`--report-unused-disable-directives`). */
  reportUnusedDisableDirectives?: UnusedDisableLevel;
  /**
   * Where the paths the document names are resolved from (see `documentRoot`); absent, they
   * are not checked.
   */
  root?: string;
}

/** How disable comments that switched nothing off are reported. */
export type UnusedDisableLevel = 'off' | 'warn' | 'error';

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
 * The template specs a config names (its `template` and its overrides'), by spec name, for a
 * document that names one of them in its front matter. A template that cannot be resolved is
 * skipped here: it is reported where the config applies it.
 */
function configuredByName(config: LoadedConfig, name: string): TemplateSpec | undefined {
  const refs = [config.template, ...config.overrides.map((o) => o.template)].flatMap((ref) =>
    ref ? [ref.ref, ...(ref.alternatives ?? [])].map((each) => ({ ...ref, ref: each })) : [],
  );
  for (const ref of refs) {
    if (Object.hasOwn(PRESETS, ref.ref)) continue;
    try {
      const spec = resolveTemplate(ref.ref, ref.baseDir);
      if (spec.name === name) return spec;
    } catch {}
  }
  return undefined;
}

/**
 * The template a document's front-matter `template:` names: a preset, a file path relative to
 * the document's folder (`../templates/service.yaml`), or the name of a template spec the
 * document's config uses (`template: service` when the config or one of its overrides has
 * `template: ./templates/service.yaml` whose name is `service`).
 */
export function frontMatterTemplate(
  ref: string,
  file: string,
  finder: ConfigFinder,
  cwd: string,
): TemplateSpec {
  const preset = Object.hasOwn(PRESETS, ref) ? PRESETS[ref] : undefined;
  if (preset) return preset;
  const named = isTemplatePath(ref)
    ? undefined
    : configuredByName(finder.forDirectory(dirname(file)), ref);
  if (named) return named;
  const path = resolve(dirname(file), ref);
  try {
    return resolveTemplate(ref, dirname(file));
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    const why =
      isTemplatePath(ref) || existsSync(path)
        ? error.message
        : `Unknown template “${ref}”: not a preset (${Object.keys(PRESETS).join(', ')}), not the name of a template spec the config uses, and no file at ${path}`;
    throw new CliError(`${relative(cwd, file) || file}: front matter “template: ${ref}”: ${why}`);
  }
}

/** Where a file's template came from (`--print-config` and `--debug` say it). */
export type TemplateSource = 'command line' | 'front matter' | 'override' | 'config' | 'default';

/**
 * A file's settings before the choice among several templates: the one template it gets, or
 * the config's several of which it takes the one it follows best. `--cache` keys on these, so
 * that a cached file costs no parse.
 */
export interface SettingsInputs {
  templates: TemplateSpec[];
  templateFrom: TemplateSource;
  /** The template as written (`tdd`, `./templates/service.yaml`), the first of several. */
  templateRef: string;
  rules: RuleSettings;
  /** The config that applies (its `path` is null when there is none). */
  config: LoadedConfig;
  docsUrl?: string;
  /** The command line's, else the config's. */
  reportUnusedDisableDirectives?: UnusedDisableLevel;
  /** Where paths the document names are resolved from (see `documentRoot`). */
  root?: string;
}

/** What a run sets on the command line for every file: `--template`, `--rule`. */
export interface CliSettings {
  template?: string;
  /** `--rule` settings, over the config's and its overrides'. */
  rules?: RuleSettings;
  /** `--report-unused-disable-directives[-severity]`, over the config's. */
  reportUnusedDisableDirectives?: UnusedDisableLevel;
  cwd: string;
}

const withCliRules = new WeakMap<RuleSettings, WeakMap<RuleSettings, RuleSettings>>();

/** `rules` with `--rule`'s over them, one object per pair (core resolves each object once). */
function overCli(rules: RuleSettings, cli: RuleSettings): RuleSettings {
  let byCli = withCliRules.get(rules);
  if (!byCli) {
    byCli = new WeakMap();
    withCliRules.set(rules, byCli);
  }
  let merged = byCli.get(cli);
  if (!merged) {
    merged = mergeRuleSettings(rules, cli);
    byCli.set(cli, merged);
  }
  return merged;
}

/**
 * The template(s) and rules for one file: `--template` wins, then the document's own
 * front-matter `template:` (see `frontMatterTemplate`), then the last matching override, then
 * the config, then `tdd`. Rules: the config's, its matching overrides', then `--rule`'s.
 */
export function settingsInputs(
  file: string,
  source: string,
  finder: ConfigFinder,
  cli: CliSettings,
): SettingsInputs {
  return settingsInputsOf(file, peekTemplateName(source), finder, cli);
}

/**
 * `settingsInputs` from the template the document's front matter names (`peekTemplateName`),
 * for a caller that knows it without the text (the lint cache, for a file it has not re-read).
 */
export function settingsInputsOf(
  file: string,
  fromDocument: string | null,
  finder: ConfigFinder,
  cli: CliSettings,
): SettingsInputs {
  const { config, configured, matched } = configuredTemplate(file, finder);
  const configRules = rulesFor(config, matched);
  const rules = cli.rules ? overCli(configRules, cli.rules) : configRules;
  let inputs: SettingsInputs;
  if (cli.template)
    inputs = {
      templates: [resolveTemplate(cli.template, cli.cwd)],
      templateFrom: 'command line',
      templateRef: cli.template,
      rules,
      config,
    };
  else if (fromDocument)
    inputs = {
      templates: [frontMatterTemplate(fromDocument, file, finder, cli.cwd)],
      templateFrom: 'front matter',
      templateRef: fromDocument,
      rules,
      config,
    };
  else {
    const ref = configured ?? { ref: 'tdd', baseDir: config.dir };
    inputs = {
      templates: [ref.ref, ...(ref.alternatives ?? [])].map((each) =>
        resolveTemplate(each, ref.baseDir),
      ),
      templateFrom: !configured
        ? 'default'
        : configured === config.template
          ? 'config'
          : 'override',
      templateRef: ref.ref,
      rules,
      config,
    };
  }
  if (config.docsUrl) inputs.docsUrl = config.docsUrl;
  const unused = cli.reportUnusedDisableDirectives ?? config.reportUnusedDisableDirectives;
  if (unused) inputs.reportUnusedDisableDirectives = unused;
  const root = documentRoot(file, config);
  if (root) inputs.root = root;
  return inputs;
}

const gitRoots = new Map<string, string | undefined>();

/**
 * The folder the paths a document names (`packages/server/src/app.ts`) are resolved from: the
 * root of its git repository (the nearest folder above it with `.git`), else the folder of the
 * config file that applies to it (a project kept outside git, or a copy of one); with neither,
 * none, and such paths are not checked (a lone file has no repository to name paths in).
 */
function documentRoot(file: string, config: LoadedConfig): string | undefined {
  const dir = dirname(file);
  if (!gitRoots.has(dir)) gitRoots.set(dir, gitRepositoryRoot(dir));
  return gitRoots.get(dir) ?? (config.path ? config.dir : undefined);
}

/** The template a document is linted against: the one of `inputs` it follows best. */
export function chosenTemplate(inputs: SettingsInputs, source: string): TemplateSpec {
  return inputs.templates.length > 1
    ? closestTemplate(source, inputs.templates)
    : (inputs.templates[0] as TemplateSpec);
}

/**
 * The template and rules for one file (see `settingsInputs`). Where the config lists several
 * templates, the document takes the one it follows best (core's `closestTemplate`).
 */
export function settingsForFile(
  file: string,
  source: string,
  finder: ConfigFinder,
  cli: CliSettings,
): FileSettings {
  const inputs = settingsInputs(file, source, finder, cli);
  const template = chosenTemplate(inputs, source);
  const settings: FileSettings = { template, rules: inputs.rules };
  if (inputs.docsUrl) settings.docsUrl = inputs.docsUrl;
  if (inputs.reportUnusedDisableDirectives)
    settings.reportUnusedDisableDirectives = inputs.reportUnusedDisableDirectives;
  if (inputs.root) settings.root = inputs.root;
  return settings;
}
