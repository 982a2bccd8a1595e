import type { ApiDescription, ApiOperation } from '../checks/api-description.js';
import { documentContracts, operationFor, pathShape } from '../checks/contract-endpoints.js';
import { didYouMean } from '../did-you-mean.js';
import { defineRule } from '../lint/rule.js';

/**
 * Every endpoint a document's API contracts promise is in the API description (`check-api`):
 * the same method on the same path, parameter names aside. When it is not, the message says
 * which methods the description has on that path, or which path the contract likely meant.
 */
export const apiUnimplemented = defineRule({
  meta: {
    id: 'api-unimplemented',
    description: 'Endpoints the API contracts name are in the OpenAPI description (check-api).',
    defaultSeverity: 'error',
    fixable: false,
    check: 'api',
    messages: {
      unimplemented: 'Endpoint {{method}} {{path}} is not in the API description',
      otherMethods:
        'Endpoint {{method}} {{path}} is not in the API description, which has {{methods}} on this path',
      nearPath:
        'Endpoint {{method}} {{path}} is not in the API description; did you mean {{suggestion}}?',
    },
  },
  defaultOptions: {},
  check({ doc, checks, report }) {
    const api = checks.api;
    if (!api) return;
    for (const { endpoint, place } of documentContracts(doc).endpoints) {
      const { method, path } = endpoint;
      if (endpoint.problems.some((p) => p.messageId === 'method' || p.messageId === 'path'))
        continue;
      if (operationFor(api, method, path)) continue;
      const onPath = operationsOnPath(api, path);
      if (onPath.length > 0) {
        const methods = [...new Set(onPath.map((op) => op.method))].join(', ');
        report({ messageId: 'otherMethods', data: { method, path, methods }, place });
        continue;
      }
      const near = nearOperation(api, method, path);
      if (near)
        report({
          messageId: 'nearPath',
          data: { method, path, suggestion: `${near.method} ${near.path}` },
          place,
        });
      else report({ messageId: 'unimplemented', data: { method, path }, place });
    }
  },
});

/** The operations on a path (written in full or without the base path), whatever their method. */
function operationsOnPath(api: ApiDescription, path: string): ApiOperation[] {
  const shapes = new Set([pathShape(path), pathShape(`${api.basePath}${path}`)]);
  return api.operations.filter((op) => shapes.has(pathShape(op.path)));
}

/**
 * The operation a contract most likely meant: a path a typo or two away, or the one path that
 * ends with the contract's (a prefix left out); the contract's method on it when there is one.
 */
function nearOperation(
  api: ApiDescription,
  method: string,
  path: string,
): ApiOperation | undefined {
  const byShape = new Map<string, ApiOperation[]>();
  for (const op of api.operations) {
    const shape = pathShape(op.path);
    byShape.set(shape, [...(byShape.get(shape) ?? []), op]);
  }
  const shapes = [...byShape.keys()];
  const shape = pathShape(path);
  const suffixed = shapes.filter((s) => s.length > shape.length && s.endsWith(shape));
  const near =
    didYouMean(shape, shapes) ??
    (api.basePath ? didYouMean(pathShape(`${api.basePath}${path}`), shapes) : undefined) ??
    (suffixed.length === 1 ? suffixed[0] : undefined);
  if (near === undefined) return undefined;
  const ops = byShape.get(near) ?? [];
  return ops.find((op) => op.method === method) ?? ops[0];
}
