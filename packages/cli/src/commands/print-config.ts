import { resolve } from 'node:path';
import { explainSettings } from '../config/explain-settings.js';
import { ConfigFinder } from '../config/load-config.js';
import { readDocument } from '../files/read-document.js';
import type { Io } from '../io.js';
import type { LintRunOptions } from '../lint/lint-options.js';

/**
 * `designdoc lint --print-config <file>`: print as JSON the settings that apply to the file (its
 * config, template and where that came from, every rule's severity and options, the ignores),
 * as ESLint prints a file's calculated config; lints nothing. The file need not exist yet: a
 * missing one is taken as empty (its front matter cannot name a template, then).
 */
export function printConfigCommand(file: string, options: LintRunOptions, io: Io): number {
  const path = resolve(io.cwd, file);
  const read = readDocument(path);
  const finder = new ConfigFinder(options.configPath ?? null, io.cwd);
  const explained = explainSettings(path, read.ok ? read.text : '', finder, options);
  io.stdout.write(`${JSON.stringify(explained, null, 2)}\n`);
  return 0;
}
