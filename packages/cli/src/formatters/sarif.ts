import { isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Formatter } from './formatter.js';

/**
 * Where a file is, as SARIF wants it: a URI relative to `%SRCROOT%` (the working folder) with each
 * segment percent-encoded (`#`, `?` and spaces are legal in file names, not in URIs), or an
 * absolute `file:` URI for a file outside the working folder, which `%SRCROOT%` cannot reach.
 */
function artifactLocation(cwd: string, filePath: string): { uri: string; uriBaseId?: string } {
  const rel = relative(cwd, filePath);
  if (rel.startsWith('..') || isAbsolute(rel))
    return { uri: pathToFileURL(resolve(cwd, filePath)).href };
  return { uri: rel.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/**
 * SARIF 2.1.0, as GitHub code scanning ingests it: one run, the rule table in the driver, file
 * locations relative to the repository root (`%SRCROOT%`).
 */
export const sarif: Formatter = (results, { cwd, rules, version }) => {
  const used = [...new Set(results.flatMap((r) => r.diagnostics.map((d) => d.ruleId)))].sort();
  const ruleIndex = new Map(used.map((id, i) => [id, i]));
  const sarifLog = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'designdoc',
            version,
            informationUri: 'https://github.com/designdoc/designdoc',
            rules: used.map((id) => {
              const meta = rules.get(id);
              return {
                id,
                shortDescription: {
                  text: meta?.description ?? 'The file could not be read as a Markdown document.',
                },
                ...(meta?.url ? { helpUri: meta.url } : {}),
                defaultConfiguration: {
                  level: meta?.defaultSeverity === 'warning' ? 'warning' : 'error',
                },
              };
            }),
          },
        },
        originalUriBaseIds: {
          '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href },
        },
        results: results.flatMap((r) =>
          r.diagnostics.map((d) => ({
            ruleId: d.ruleId,
            ruleIndex: ruleIndex.get(d.ruleId),
            level: d.severity === 'error' ? 'error' : 'warning',
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifactLocation(cwd, r.filePath),
                  region: {
                    startLine: d.place.start.line,
                    startColumn: d.place.start.column,
                    endLine: Math.max(d.place.end.line, d.place.start.line),
                    endColumn:
                      d.place.end.line > d.place.start.line
                        ? d.place.end.column
                        : Math.max(d.place.end.column, d.place.start.column + 1),
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(sarifLog, null, 2)}\n`;
};
