import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { CliError } from '../io.js';

/**
 * Read a YAML or JSON file (config or template spec) into plain data. A file that is missing or
 * does not parse is a `CliError` naming the file, line and column.
 */
export function parseDataFile(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      `Cannot read ${what} ${path}: ${code === 'ENOENT' ? 'file not found' : (error as Error).message}`,
    );
  }
  if (path.endsWith('.json')) {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new CliError(`Invalid JSON in ${what} ${path}: ${(error as Error).message}`);
    }
  }
  const doc = parseDocument(text, { prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    const where = error.linePos?.[0] ? `:${error.linePos[0].line}:${error.linePos[0].col}` : '';
    // The first line of a pretty error repeats the position (already in `where`) and ends in a colon.
    const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw new CliError(`Invalid YAML in ${what} ${path}${where}: ${reason}`);
  }
  return doc.toJS();
}
