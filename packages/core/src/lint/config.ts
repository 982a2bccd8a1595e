import { DesignDocError } from '../errors.js';
import { schemaProblems } from '../schema-problems.js';
import { CONFIG_SCHEMA, RULE_SETTING_SCHEMA } from '../schemas/config-schema.js';
import type { Severity } from './diagnostic.js';
import type { Rule } from './rule.js';

type Level = 'off' | 'warn' | 'error' | 0 | 1 | 2;

/** One rule's setting: a level, or [level] / [level, options]. */
export type RuleSetting = Level | [Level] | [Level, Record<string, unknown>];
export type RuleSettings = Record<string, RuleSetting>;

/** A parsed `designdoc.config.yaml` (see docs/configuration.md). */
export interface DesignDocConfig {
  $schema?: string;
  /** A template, or several of which each document takes the one it follows best. */
  template?: string | string[];
  extends?: string | string[];
  rules?: RuleSettings;
  overrides?: { files: string | string[]; template?: string | string[]; rules?: RuleSettings }[];
  /** Globs of the design documents, read when a command is given no paths. */
  documents?: string | string[];
  ignores?: string[];
  docsUrl?: string;
  /** Report disable comments that switched nothing off, at this severity (default `off`). */
  reportUnusedDisableDirectives?: 'off' | 'warn' | 'error';
}

const RULE_SETTING_HINT = 'expected off, warn or error (or 0, 1, 2), or [level, {options}]';
/** Problems about one rule's setting (not about its options object). */
const RULE_PATH = /^(?:overrides\[\d+\]\.)?rules\.[^.:[]+(?:\[0\])?: /;

/** A rule as it will run: its effective severity and options. */
export interface ResolvedRule {
  rule: Rule<unknown>;
  severity: Severity;
  options: Record<string, unknown>;
}

/** Validate a parsed config file; throws `invalid-config` naming the file, the key and what is allowed. */
export function validateConfig(value: unknown, source: string): DesignDocConfig {
  const problems = schemaProblems(CONFIG_SCHEMA, value ?? {}).map((problem) =>
    RULE_PATH.test(problem) ? problem.replace(/: .*$/, `: ${RULE_SETTING_HINT}`) : problem,
  );
  if (problems.length > 0) {
    throw new DesignDocError(
      'invalid-config',
      `Invalid configuration in ${source}: ${problems.join('; ')}`,
      problems,
    );
  }
  return (value ?? {}) as DesignDocConfig;
}

function levelOf(setting: RuleSetting): 'off' | 'warn' | 'error' {
  const level = Array.isArray(setting) ? setting[0] : setting;
  if (level === 0 || level === 'off') return 'off';
  if (level === 1 || level === 'warn') return 'warn';
  return 'error';
}

function optionsOf(setting: RuleSetting): Record<string, unknown> | undefined {
  return Array.isArray(setting) && setting.length > 1
    ? (setting[1] as Record<string, unknown>)
    : undefined;
}

/**
 * Merge rule settings: later settings win; a later level without options keeps the earlier
 * options (as ESLint does), so `extends` plus `rules: {x: warn}` only changes the level.
 */
export function mergeRuleSettings(...layers: (RuleSettings | undefined)[]): RuleSettings {
  const merged: RuleSettings = {};
  for (const layer of layers) {
    for (const [id, setting] of Object.entries(layer ?? {})) {
      const previous = merged[id];
      const options = optionsOf(setting) ?? (previous ? optionsOf(previous) : undefined);
      merged[id] = options ? [levelOf(setting), options] : levelOf(setting);
    }
  }
  return merged;
}

/**
 * Turn rule settings into the rules to run: unknown rule ids and invalid options are an
 * `invalid-config` error that names the rule and what it accepts.
 */
export function resolveRules(
  registry: readonly Rule<unknown>[],
  settings: RuleSettings = {},
  source = 'configuration',
): ResolvedRule[] {
  const byId = new Map(registry.map((rule) => [rule.meta.id, rule]));
  const problems: string[] = [];
  for (const [id, setting] of Object.entries(settings)) {
    if (!byId.has(id))
      problems.push(
        `rules.${id}: unknown rule “${id}”, expected one of ${[...byId.keys()].join(', ')}`,
      );
    else if (schemaProblems(RULE_SETTING_SCHEMA, setting).length > 0)
      problems.push(`rules.${id}: ${RULE_SETTING_HINT}`);
  }
  if (problems.length > 0) {
    throw new DesignDocError(
      'invalid-config',
      `Invalid rule settings in ${source}: ${problems.join('; ')}`,
      problems,
    );
  }
  const resolved: ResolvedRule[] = [];
  for (const rule of registry) {
    const setting = settings[rule.meta.id];
    const level = setting === undefined ? rule.meta.defaultSeverity : levelOf(setting);
    const options = {
      ...(rule.defaultOptions as Record<string, unknown>),
      ...(setting ? optionsOf(setting) : {}),
    };
    if (setting && optionsOf(setting) && rule.meta.optionsSchema) {
      for (const problem of schemaProblems(rule.meta.optionsSchema, options)) {
        problems.push(`rules.${rule.meta.id} options: ${problem}`);
      }
    } else if (setting && optionsOf(setting) && !rule.meta.optionsSchema) {
      problems.push(`rules.${rule.meta.id}: this rule takes no options`);
    }
    if (level === 'off') continue;
    resolved.push({
      rule,
      severity: level === 'warn' || level === 'warning' ? 'warning' : 'error',
      options,
    });
  }
  if (problems.length > 0) {
    throw new DesignDocError(
      'invalid-config',
      `Invalid rule settings in ${source}: ${problems.join('; ')}`,
      problems,
    );
  }
  return resolved;
}
