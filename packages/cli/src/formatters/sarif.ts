import { relative } from 'node:path';
import type { Formatter } from './formatter.js';

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
                shortDescription: { text: meta?.description ?? 'The file could not be read as a Markdown document.' },
                ...(meta?.url ? { helpUri: meta.url } : {}),
                defaultConfiguration: { level: meta?.defaultSeverity === 'warning' ? 'warning' : 'error' },
              };
            }),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `file://${cwd.endsWith('/') ? cwd : `${cwd}/`}` } },
        results: results.flatMap((r) =>
          r.diagnostics.map((d) => ({
            ruleId: d.ruleId,
            ruleIndex: ruleIndex.get(d.ruleId),
            level: d.severity === 'error' ? 'error' : 'warning',
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeURI(relative(cwd, r.filePath).split('\\').join('/')), uriBaseId: '%SRCROOT%' },
                  region: {
                    startLine: d.place.start.line,
                    startColumn: d.place.start.column,
                    endLine: Math.max(d.place.end.line, d.place.start.line),
                    endColumn: d.place.end.line > d.place.start.line ? d.place.end.column : Math.max(d.place.end.column, d.place.start.column + 1),
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
