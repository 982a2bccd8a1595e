import { RULES, type RuleSettings } from '@designdoc/core';
import { expectedOneOf } from './did-you-mean.js';
import { CliError } from './io.js';

const LEVELS: Record<string, 'off' | 'warn' | 'error'> = {
  off: 'off',
  warn: 'warn',
  error: 'error',
  '0': 'off',
  '1': 'warn',
  '2': 'error',
};
/** In the order a message lists them (an object's keys put the digits first). */
const SEVERITIES = ['off', 'warn', 'error', '0', '1', '2'];

/**
 * The rule settings of `--rule` values, as ESLint's `--rule`: `id:severity` (off, warn, error or
 * 0, 1, 2), several to a value when comma-separated, the last for a rule winning. They apply over
 * the config and its overrides and keep a rule's configured options. An unknown rule or severity
 * is a usage error that suggests the closest one.
 */
export function parseRuleOptions(values: readonly string[]): RuleSettings {
  const ids = RULES.map((rule) => rule.meta.id);
  const settings: RuleSettings = {};
  for (const value of values)
    for (const part of value.split(',')) {
      const match = /^\s*([^:\s]+)\s*:\s*(\S+)\s*$/.exec(part);
      if (!match)
        throw new CliError(
          `Invalid --rule “${value}”, expected <rule-id>:<severity>, such as unfilled-placeholder:warn`,
        );
      const [, id, severity] = match as unknown as [string, string, string];
      if (!ids.includes(id))
        throw new CliError(`Unknown rule “${id}” in --rule “${value}”${expectedOneOf(id, ids)}`);
      const key = severity.toLowerCase();
      const level = Object.hasOwn(LEVELS, key) ? LEVELS[key] : undefined;
      if (!level)
        throw new CliError(
          `Invalid severity “${severity}” in --rule “${value}”${expectedOneOf(severity, SEVERITIES)}`,
        );
      settings[id] = level;
    }
  return settings;
}
