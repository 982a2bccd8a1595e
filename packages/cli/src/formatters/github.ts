import { relative } from 'node:path';
import type { Formatter } from './formatter.js';

const escapeData = (text: string) =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: each problem becomes an annotation on the pull request diff. */
export const github: Formatter = (results, { cwd }) =>
  results
    .flatMap((r) =>
      r.diagnostics.map((d) => {
        const file = escapeProperty(relative(cwd, r.filePath));
        const where = `file=${file},line=${d.place.start.line},col=${d.place.start.column},endLine=${d.place.end.line},endColumn=${d.place.end.column}`;
        return `::${d.severity === 'error' ? 'error' : 'warning'} ${where},title=${escapeProperty(d.ruleId)}::${escapeData(d.message)}\n`;
      }),
    )
    .join('');
