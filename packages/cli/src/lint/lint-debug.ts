import { explainSettings } from '../config/explain-settings.js';
import type { CliSettings } from '../config/file-settings.js';
import type { ConfigFinder } from '../config/load-config.js';
import { gitIgnored } from '../files/find-files.js';
import { readDocument } from '../files/read-document.js';

/**
 * `--debug`'s account of a run on stderr: for each file, the config it used, its template and
 * where that came from, and whether its result came from the cache. Each file is read again:
 * a debug run may cost a little more.
 */
export function debugLines(
  files: readonly string[],
  finder: ConfigFinder,
  cli: CliSettings,
  cached: ReadonlySet<string>,
  texts: ReadonlyMap<string, string> = new Map(),
): string {
  const isGitIgnored = gitIgnored(cli.cwd);
  return files
    .map((file) => {
      let text = texts.get(file);
      if (text === undefined) {
        const read = readDocument(file);
        text = read.ok ? read.text : '';
      }
      const explained = explainSettings(file, text, finder, cli, isGitIgnored);
      const { name, from } = explained.template;
      return `designdoc: debug: ${explained.filePath}: config ${explained.config ?? '(none)'}, template ${name} (${from})${cached.has(file) ? ', result from the cache' : ''}\n`;
    })
    .join('');
}
