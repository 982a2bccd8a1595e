import type { ApiOperation } from '../checks/api-description.js';
import { documentContracts, operationFor } from '../checks/contract-endpoints.js';
import { defineRule } from '../lint/rule.js';

/**
 * A contract's `Status` line and the API description give the same status codes (`check-api`).
 * A listed code is described when the operation gives it, its range (`4XX`), or, for an error
 * (400 and up), `default`. A described code must be listed unless it is `default`; a range is
 * listed by any code in it. Codes in `implied` (the ones every endpoint may answer, such as 401
 * or 429) need be on neither side.
 */
export const apiStatus = defineRule({
  meta: {
    id: 'api-status',
    description: 'Status codes of the API contracts and the OpenAPI description agree (check-api).',
    defaultSeverity: 'error',
    fixable: false,
    check: 'api',
    messages: {
      notDescribed:
        'Status {{status}} of {{method}} {{path}} is not in the API description, which gives {{described}}',
      notListed:
        'The API description gives {{method}} {{path}} status {{status}}, which its contract does not list',
    },
    optionsSchema: {
      type: 'object',
      properties: {
        implied: {
          type: 'array',
          items: {
            anyOf: [
              { type: 'integer', minimum: 100, maximum: 599 },
              { type: 'string', pattern: '^[1-5](?:XX|[0-9]{2})$' },
            ],
          },
          description:
            'Status codes every endpoint may answer, which neither a contract nor the description need list (`[401, 403, 413, 429, 500]`, `5XX`).',
        },
      },
      additionalProperties: false,
    },
  },
  defaultOptions: { implied: [] as (number | string)[] },
  check({ doc, checks, options, report }) {
    const api = checks.api;
    if (!api) return;
    const implied = new Set(options.implied.map((code) => String(code).toUpperCase()));
    const isImplied = (code: string) =>
      implied.has(code) ||
      implied.has(`${code[0]}XX`) ||
      (/^\dXX$/.test(code) && [...implied].some((c) => c[0] === code[0]));
    for (const { endpoint, properties } of documentContracts(doc).endpoints) {
      const statusPlace = properties.status;
      if (!statusPlace) continue;
      const operation = operationFor(api, endpoint.method, endpoint.path);
      if (!operation) continue;
      const data = { method: endpoint.method, path: endpoint.path };
      const line = doc.lines.lineText(statusPlace.start.line);
      for (const code of endpoint.status) {
        const text = String(code);
        if (isImplied(text) || describes(operation, code)) continue;
        const column = line.indexOf(text, statusPlace.start.column - 1) + 1;
        report({
          messageId: 'notDescribed',
          data: { ...data, status: text, described: operation.statuses.join(', ') || 'none' },
          place:
            column > 0
              ? doc.lines.span(statusPlace.start.line, column, column + text.length)
              : statusPlace,
        });
      }
      for (const status of operation.statuses) {
        if (status === 'default' || isImplied(status) || lists(endpoint.status, status)) continue;
        report({ messageId: 'notListed', data: { ...data, status }, place: statusPlace });
      }
    }
  },
});

/** Whether an operation describes a status code: itself, its range or (an error) `default`. */
function describes(operation: ApiOperation, code: number): boolean {
  const text = String(code);
  return (
    operation.statuses.includes(text) ||
    operation.statuses.includes(`${text[0]}XX`) ||
    (code >= 400 && operation.statuses.includes('default'))
  );
}

/** Whether a contract's codes list a described status (a range: any code in it). */
function lists(codes: readonly number[], status: string): boolean {
  if (/^\dXX$/.test(status)) return codes.some((code) => String(code)[0] === status[0]);
  return codes.includes(Number(status));
}
