import type { ApiBody, ApiOperation } from '../checks/api-description.js';
import { documentContracts, operationFor } from '../checks/contract-endpoints.js';
import { compareFields, fieldReports, readContractBody } from '../checks/contract-fields.js';
import { defineRule } from '../lint/rule.js';

/**
 * A contract's `Input` and the API description's request agree (`check-api`): `Input: none`
 * means no request body and no query parameters; any other value means one of them. When the
 * value lists fields in braces (`Input: WorkspaceCreate { slug, name, template? }`, `?` for an
 * optional one), they are compared both ways with the body schema's top-level properties, or,
 * for an operation without a body, with its query parameters.
 */
export const apiRequest = defineRule({
  meta: {
    id: 'api-request',
    description: 'Request bodies and their fields agree with the OpenAPI description (check-api).',
    defaultSeverity: 'error',
    fixable: false,
    check: 'api',
    messages: {
      bodyNotDocumented:
        '{{method}} {{path}} takes a request body ({{mediaType}}) in the API description, but its contract says “Input: none”',
      queryNotDocumented:
        '{{method}} {{path}} takes query parameters ({{names}}) in the API description, but its contract says “Input: none”',
      inputNotTaken:
        '{{method}} {{path}} takes no request body or query parameters in the API description, but its contract says “Input: {{input}}”',
      fieldNotDescribed:
        'Input field “{{field}}” of {{method}} {{path}} is not in the API description',
      fieldNotDescribedNear:
        'Input field “{{field}}” of {{method}} {{path}} is not in the API description; did you mean “{{suggestion}}”?',
      fieldNotListed:
        'The API description’s input of {{method}} {{path}} has field “{{field}}”, which its contract does not list',
      fieldRequired:
        'Input field “{{field}}” of {{method}} {{path}} is required in the API description, but its contract marks it optional',
      fieldOptional:
        'Input field “{{field}}” of {{method}} {{path}} is optional in the API description; mark it “{{field}}?” in its contract',
    },
  },
  defaultOptions: {},
  check({ doc, checks, report }) {
    const api = checks.api;
    if (!api) return;
    for (const { endpoint, properties } of documentContracts(doc).endpoints) {
      const place = properties.input;
      if (endpoint.input === null || !place) continue;
      const operation = operationFor(api, endpoint.method, endpoint.path);
      if (!operation) continue;
      const data = { method: endpoint.method, path: endpoint.path };
      const written = readContractBody(endpoint.input);
      const query = operation.parameters.filter((p) => p.in === 'query');
      if (written.none) {
        if (operation.request)
          report({
            messageId: 'bodyNotDocumented',
            data: { ...data, mediaType: operation.request.mediaType || 'no content' },
            place,
          });
        else if (query.length > 0)
          report({
            messageId: 'queryNotDocumented',
            data: { ...data, names: query.map((p) => p.name).join(', ') },
            place,
          });
        continue;
      }
      const input = inputOf(operation);
      if (!input) {
        report({
          messageId: 'inputNotTaken',
          data: { ...data, input: endpoint.input.trim() },
          place,
        });
        continue;
      }
      if (!written.fields) continue;
      for (const fieldReport of fieldReports(
        compareFields(written.fields, input),
        data,
        place,
        doc.lines,
      ))
        report(fieldReport);
    }
  },
});

/** What an operation takes as input: its request body, else its query parameters as fields. */
function inputOf(operation: ApiOperation): Pick<ApiBody, 'fields' | 'requiredFields'> | null {
  if (operation.request) return operation.request;
  const query = operation.parameters.filter((p) => p.in === 'query');
  if (query.length === 0) return null;
  return {
    fields: query.map((p) => p.name),
    requiredFields: query.filter((p) => p.required).map((p) => p.name),
  };
}
