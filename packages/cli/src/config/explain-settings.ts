import { posix, relative, sep } from 'node:path';
import { RULES, type RuleSetting, type RuleSettings } from '@designdoc/core';
import { gitIgnored } from '../files/find-files.js';
import {
  type CliSettings,
  chosenTemplate,
  matchesScoped,
  settingsInputs,
  type TemplateSource,
} from './file-settings.js';
import type { ConfigFinder } from './load-config.js';

type Level = 'off' | 'warn' | 'error';

/** The settings that apply to one file, as `--print-config` prints them (paths relative to cwd). */
export interface ExplainedSettings {
  filePath: string;
  /** The config file that applies, or null when there is none. */
  config: string | null;
  template: {
    name: string;
    title: string;
    from: TemplateSource;
    /** The template as written where it came from (a preset name or a spec path). */
    ref: string;
    /** With several configured: the names of all, of which the document takes the closest. */
    chosenFrom?: string[];
  };
  /** Every rule with its severity, and its options (defaults filled in) when it takes any. */
  rules: Record<string, Level | [Level, Record<string, unknown>]>;
  /** The config's `ignores` globs, relative to the working folder. */
  ignores: string[];
  /** Whether a folder or glob argument would leave the file out (.gitignore or `ignores`). */
  ignored: boolean;
  docsUrl?: string;
  /** The severity of disable comments that switch nothing off, when they are reported. */
  reportUnusedDisableDirectives?: string;
}

const LEVELS: Record<string, Level> = { 0: 'off', 1: 'warn', 2: 'error' };

function levelOf(setting: RuleSetting): Level {
  const level = Array.isArray(setting) ? setting[0] : setting;
  return typeof level === 'number' ? (LEVELS[level] ?? 'error') : level;
}

/** Each rule's effective severity and options under `settings`, as core's resolveRules runs it. */
function explainRules(settings: RuleSettings): ExplainedSettings['rules'] {
  const rules: ExplainedSettings['rules'] = {};
  for (const rule of RULES) {
    const setting = settings[rule.meta.id];
    const level: Level = setting
      ? levelOf(setting)
      : rule.meta.defaultSeverity === 'warning'
        ? 'warn'
        : rule.meta.defaultSeverity;
    const configured = Array.isArray(setting) ? setting[1] : undefined;
    const options = { ...(rule.defaultOptions as Record<string, unknown>), ...configured };
    rules[rule.meta.id] = Object.keys(options).length > 0 ? [level, options] : level;
  }
  return rules;
}

const shown = (cwd: string, path: string) => relative(cwd, path).split(sep).join('/') || '.';

/**
 * What applies to `file` whose text is `text` (empty for a file that does not exist yet): its
 * config, its template and where that came from, its rules and ignores. Throws what linting it
 * would throw (an unknown template, a bad config). `isGitIgnored` is `gitIgnored(cwd)`, made
 * once for a run that explains many files.
 */
export function explainSettings(
  file: string,
  text: string,
  finder: ConfigFinder,
  cli: CliSettings,
  isGitIgnored: (file: string) => boolean = gitIgnored(cli.cwd),
): ExplainedSettings {
  const inputs = settingsInputs(file, text, finder, cli);
  const template = chosenTemplate(inputs, text);
  const { config } = inputs;
  const explained: ExplainedSettings = {
    filePath: shown(cli.cwd, file),
    config: config.path ? shown(cli.cwd, config.path) : null,
    template: {
      name: template.name,
      title: template.title,
      from: inputs.templateFrom,
      ref: inputs.templateRef,
      ...(inputs.templates.length > 1 ? { chosenFrom: inputs.templates.map((t) => t.name) } : {}),
    },
    rules: explainRules(inputs.rules),
    ignores: config.ignores.flatMap((scoped) =>
      scoped.globs.map((glob) => {
        const base = relative(cli.cwd, scoped.baseDir).split(sep).join('/');
        return base ? posix.join(base, glob) : glob;
      }),
    ),
    ignored: isGitIgnored(file) || config.ignores.some((scoped) => matchesScoped(scoped, file)),
  };
  if (inputs.docsUrl) explained.docsUrl = inputs.docsUrl;
  if (inputs.reportUnusedDisableDirectives)
    explained.reportUnusedDisableDirectives = inputs.reportUnusedDisableDirectives;
  return explained;
}
