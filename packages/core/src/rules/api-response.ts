import type { ApiBody, ApiOperation } from '../checks/api-description.js';
import { documentContracts, operationFor } from '../checks/contract-endpoints.js';
import { compareFields, fieldReports, readContractBody } from '../checks/contract-fields.js';
import { defineRule } from '../lint/rule.js';

/**
 * A contract's `Output` and the API description's success response agree (`check-api`):
 * `Output: none` means no success status returns a body, any other value that one does. The
 * success statuses are the 2xx codes the contract lists (all the operation's 2xx when it lists
 * none the description gives). Fields listed in braces (`Output: Workspace { slug, name }`) are
 * compared both ways with the top-level properties of the first success body (an array's items').
 */
export const apiResponse = defineRule({
  meta: {
    id: 'api-response',
    description: 'Response bodies and their fields agree with the OpenAPI description (check-api).',
    defaultSeverity: 'error',
    fixable: false,
    check: 'api',
    messages: {
      outputNotDocumented:
        '{{method}} {{path}} returns a body with status {{status}} in the API description, but its contract says “Output: none”',
      outputNotReturned:
        '{{method}} {{path}} returns no body on success ({{statuses}}) in the API description, but its contract says “Output: {{output}}”',
      fieldNotDescribed:
        'Output field “{{field}}” of {{method}} {{path}} is not in the API description',
      fieldNotDescribedNear:
        'Output field “{{field}}” of {{method}} {{path}} is not in the API description; did you mean “{{suggestion}}”?',
      fieldNotListed:
        'The API description’s output of {{method}} {{path}} has field “{{field}}”, which its contract does not list',
      fieldRequired:
        'Output field “{{field}}” of {{method}} {{path}} is always present in the API description, but its contract marks it optional',
      fieldOptional:
        'Output field “{{field}}” of {{method}} {{path}} is optional in the API description; mark it “{{field}}?” in its contract',
    },
  },
  defaultOptions: {},
  check({ doc, checks, report }) {
    const api = checks.api;
    if (!api) return;
    for (const { endpoint, properties } of documentContracts(doc).endpoints) {
      const place = properties.output;
      if (endpoint.output === null || !place) continue;
      const operation = operationFor(api, endpoint.method, endpoint.path);
      if (!operation) continue;
      const successes = successStatuses(operation, endpoint.status);
      if (successes.length === 0) continue;
      const data = { method: endpoint.method, path: endpoint.path };
      const withBody = successes.find((status) => operation.responses[status]);
      const body = withBody ? (operation.responses[withBody] as ApiBody) : undefined;
      const written = readContractBody(endpoint.output);
      if (written.none) {
        if (withBody)
          report({ messageId: 'outputNotDocumented', data: { ...data, status: withBody }, place });
        continue;
      }
      if (!body) {
        report({
          messageId: 'outputNotReturned',
          data: { ...data, statuses: successes.join(', '), output: endpoint.output.trim() },
          place,
        });
        continue;
      }
      if (!written.fields) continue;
      for (const fieldReport of fieldReports(
        compareFields(written.fields, body),
        data,
        place,
        doc.lines,
      ))
        report(fieldReport);
    }
  },
});

/**
 * The operation's success statuses (2xx and `2XX`) that the contract lists, or all of them when
 * it lists none of them.
 */
function successStatuses(operation: ApiOperation, listed: readonly number[]): string[] {
  const all = operation.statuses.filter((status) => status.startsWith('2'));
  const chosen = all.filter((status) =>
    status === '2XX'
      ? listed.some((code) => code >= 200 && code < 300)
      : listed.includes(Number(status)),
  );
  return chosen.length > 0 ? chosen : all;
}
