import { dirname, relative } from 'node:path';
import {
  mergeRuleSettings,
  peekTemplateName,
  type RuleSettings,
  type TemplateSpec,
} from '@designdoc/core';
import picomatch from 'picomatch';
import { CliError } from '../io.js';
import type { ConfigFinder, ScopedGlobs } from './load-config.js';
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

/** Whether a file matches any of some folder-relative globs. */
export function matchesScoped(scoped: ScopedGlobs, file: string): boolean {
  const path = relative(scoped.baseDir, file).split('\\').join('/');
  if (path.startsWith('..')) return false;
  return scoped.globs.some((glob) => matcher(glob)(path));
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
  const config = finder.forDirectory(dirname(file));
  let rules = config.rules;
  let templateRef = config.template ?? { ref: 'tdd', baseDir: config.dir };
  for (const override of config.overrides) {
    if (!matchesScoped(override, file)) continue;
    if (override.rules) rules = mergeRuleSettings(rules, override.rules);
    if (override.template) templateRef = override.template;
  }
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
