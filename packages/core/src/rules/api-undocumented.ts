import type { ApiDescription, ApiOperation } from '../checks/api-description.js';
import {
  documentContracts,
  documentedOperations,
  operationKey,
  pathShape,
} from '../checks/contract-endpoints.js';
import { defineRule } from '../lint/rule.js';

/**
 * Every operation of the API description has a contract in the design documents checked
 * (`check-api`): an API that grew an endpoint no document mentions has drifted from its design.
 * Reported at the document's API Contracts heading (line 1 when it has none). Checking several
 * documents in one run, an operation any of them documents is documented, and the operations
 * none documents are reported once, in the first document with API contracts. A `HEAD` on a
 * documented `GET` path is documented with it.
 */
export const apiUndocumented = defineRule({
  meta: {
    id: 'api-undocumented',
    description: 'Operations of the OpenAPI description have an API contract (check-api).',
    defaultSeverity: 'error',
    fixable: false,
    check: 'api',
    messages: {
      undocumented:
        'Operation {{method}} {{path}} is in the API description, but no API contract names it',
    },
    optionsSchema: {
      type: 'object',
      properties: {
        ignore: {
          type: 'array',
          items: { type: 'string', pattern: '^(?:[A-Za-z]+\\s+)?/' },
          description:
            'Operations that need no contract: paths (`/metrics`, `/api/v1/admin/**`) or `METHOD /path`; `*` matches within a segment, `**` across segments.',
        },
      },
      additionalProperties: false,
    },
  },
  defaultOptions: { ignore: [] as string[] },
  check({ doc, checks, options, report }) {
    const api = checks.api;
    if (!api || api.elsewhere?.reportsUndocumented) return;
    const documented = new Set([
      ...documentedOperations(doc, api),
      ...(api.elsewhere?.documented ?? []),
    ]);
    const ignored = options.ignore.map(operationPattern);
    const heading = documentContracts(doc).heading;
    const place = heading ?? { start: doc.lines.point(1, 1), end: doc.lines.point(1, 1) };
    for (const operation of api.operations) {
      const { method, path } = operation;
      if (documented.has(operationKey(method, path))) continue;
      if (method === 'HEAD' && documented.has(operationKey('GET', path))) continue;
      if (ignored.some((matches) => matches(operation, api))) continue;
      report({ messageId: 'undocumented', data: { method, path }, place });
    }
  },
});

/**
 * An `ignore` entry as a test of an operation: `[METHOD ]/path/glob`, where `*` stands for
 * anything within a path segment, `**` for anything, and parameter names do not matter. The
 * path is matched with and without the description's base path.
 */
function operationPattern(entry: string): (op: ApiOperation, api: ApiDescription) => boolean {
  const [, method, glob = ''] = /^(?:([A-Za-z]+)\s+)?(\S.*)$/.exec(entry.trim()) ?? [];
  const source = pathShape(glob)
    .split(/(\*\*|\*)/)
    .map((part) =>
      part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  const regex = new RegExp(`^${source}$`);
  return (op, api) =>
    (method === undefined || method.toUpperCase() === op.method) &&
    (regex.test(pathShape(op.path)) ||
      (api.basePath !== '' &&
        op.path.startsWith(`${api.basePath}/`) &&
        regex.test(pathShape(op.path.slice(api.basePath.length)))));
}
