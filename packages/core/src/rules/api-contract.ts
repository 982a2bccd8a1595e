import { defineRule } from '../lint/rule.js';
import { parseApiContract } from '../model/api-contract.js';
import { contentOf, contractBlocks, walkSections } from '../model/extract.js';

/**
 * API contract blocks parse (METHOD /path with indented Input/Output/Status lines), use real
 * methods, paths and status codes, and follow the conventions: each endpoint states its status
 * codes, is declared once, and has no trailing slash.
 */
export const apiContract = defineRule({
  meta: {
    id: 'api-contract',
    description: 'API contract blocks parse and their methods, paths and status codes are valid.',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      noContractBlock:
        'Section “{{section}}” has no API contract block (METHOD /path with Input, Output, Status)',
      noEndpoint: 'API contract block declares no endpoint',
      // The contract parser words what it finds (parseApiContract, public API): its words as given.
      syntax: '{{message}}',
      method: '{{message}}',
      path: '{{message}}',
      status: '{{message}}',
      noStatus: 'Endpoint {{method}} {{path}} states no status code',
      trailingSlash: 'Endpoint path “{{path}}” ends with a slash',
      duplicateEndpoint: 'Endpoint {{method}} {{path}} is declared twice, first at line {{line}}',
    },
  },
  defaultOptions: {},
  check({ doc, report }) {
    const seen = new Map<string, number>();
    for (const section of walkSections(doc.model.sections)) {
      const declared = contentOf(doc.template, section).some(
        (c) => c.kind === 'code' && c.format === 'api-contract',
      );
      if (!declared) continue;
      const blocks = contractBlocks(doc.template, section);
      if (blocks.length === 0 && section.blocks.length > 0) {
        report({
          messageId: 'noContractBlock',
          data: { section: section.title },
          place: section.place,
        });
      }
      for (const block of blocks) {
        const { endpoints, problems } = parseApiContract(block.value);
        const at = (line: number, column: number, length: number) => {
          const lineNo = block.valueLine + line;
          const indent =
            doc.lines.lineText(lineNo).length - (block.value.split('\n')[line] ?? '').length;
          const start = Math.max(0, indent) + column + 1;
          return doc.lines.span(lineNo, start, start + Math.max(1, length));
        };
        for (const problem of problems)
          report({
            messageId: problem.messageId,
            data: { message: problem.message },
            place: at(problem.line, problem.column, problem.length),
          });
        if (endpoints.length === 0 && problems.length === 0) {
          report({ messageId: 'noEndpoint', place: block.place });
        }
        for (const endpoint of endpoints) {
          for (const problem of endpoint.problems)
            report({
              messageId: problem.messageId,
              data: { message: problem.message },
              place: at(problem.line, problem.column, problem.length),
            });
          const endpointPlace = at(
            endpoint.line,
            0,
            endpoint.method.length + 1 + endpoint.path.length,
          );
          if (
            endpoint.status.length === 0 &&
            !endpoint.problems.some((p) => p.messageId === 'status')
          ) {
            report({
              messageId: 'noStatus',
              data: { method: endpoint.method, path: endpoint.path },
              place: endpointPlace,
              severity: 'warning',
            });
          }
          if (endpoint.path.length > 1 && endpoint.path.endsWith('/')) {
            report({
              messageId: 'trailingSlash',
              data: { path: endpoint.path },
              place: endpointPlace,
              severity: 'warning',
            });
          }
          const key = `${endpoint.method} ${endpoint.path.replace(/\{[^}]*\}/g, '{}')}`;
          const first = seen.get(key);
          if (first !== undefined) {
            report({
              messageId: 'duplicateEndpoint',
              data: { method: endpoint.method, path: endpoint.path, line: first },
              place: endpointPlace,
            });
          } else seen.set(key, endpointPlace.start.line);
        }
      }
    }
  },
});
