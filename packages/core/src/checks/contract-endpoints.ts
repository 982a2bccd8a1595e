import type { Place } from '../markdown/position.js';
import { type ParsedEndpoint, parseApiContract } from '../model/api-contract.js';
import { contractBlocks, walkSections } from '../model/extract.js';
import type { ParsedDocument } from '../model/parse.js';
import type { Section } from '../model/schema.js';
import type { ApiDescription, ApiOperation } from './api-description.js';

/** An endpoint of a document's API contracts, with where it and its properties are written. */
export interface ContractEndpoint {
  endpoint: ParsedEndpoint;
  /** The `METHOD /path` text. */
  place: Place;
  /** Where each property's value is (`input`, `output`, `status`, `auth`…, as `ParsedEndpoint.at`). */
  properties: Record<string, Place>;
}

/** What the `api-*` check rules read of a document: its endpoints and where to report the rest. */
export interface DocumentContracts {
  endpoints: ContractEndpoint[];
  /**
   * The heading of the top-level section that holds the first API contract (API Contracts in
   * the `tdd` template), or undefined when the document has none.
   */
  heading?: Place;
}

const cache = new WeakMap<ParsedDocument, DocumentContracts>();

/**
 * The endpoints of a document's API contract blocks (the blocks the `api-contract` rule checks,
 * read by the same cached parser), each with the places of its line and its properties. The
 * check rules share one reading per document.
 */
export function documentContracts(doc: ParsedDocument): DocumentContracts {
  let found = cache.get(doc);
  if (found) return found;
  found = { endpoints: [] };
  for (const top of doc.model.sections) {
    for (const section of walkSections([top])) {
      const blocks = contractBlocks(doc.template, section);
      if (blocks.length > 0) found.heading ??= headingOf(top);
      for (const block of blocks) {
        const lines = block.value.split('\n');
        const at = (line: number, column: number, length: number) => {
          const lineNo = block.valueLine + line;
          const indent = doc.lines.lineText(lineNo).length - (lines[line] ?? '').length;
          const start = Math.max(0, indent) + column + 1;
          return doc.lines.span(lineNo, start, start + Math.max(1, length));
        };
        for (const endpoint of parseApiContract(block.value).endpoints) {
          const properties: Record<string, Place> = {};
          for (const [name, where] of Object.entries(endpoint.at)) {
            const text = (lines[where.line] ?? '').replace(/\r$/, '');
            properties[name] = at(where.line, where.column, text.trimEnd().length - where.column);
          }
          found.endpoints.push({
            endpoint,
            place: at(endpoint.line, 0, endpoint.method.length + 1 + endpoint.path.length),
            properties,
          });
        }
      }
    }
  }
  cache.set(doc, found);
  return found;
}

/** A section's heading line (a section's place spans its heading). */
function headingOf(section: Section): Place {
  return { start: section.place.start, end: section.place.start };
}

/** A path with its parameter names left out: `/docs/{id}` and `/docs/{documentId}` are one path. */
export const pathShape = (path: string): string => path.replace(/\{[^}]*\}/g, '{}');

/** An operation's identity for matching: method and path shape (`GET /docs/{}`). */
export const operationKey = (method: string, path: string): string =>
  `${method.toUpperCase()} ${pathShape(path)}`;

const indexes = new WeakMap<ApiDescription, Map<string, ApiOperation>>();

/**
 * The operation a contract's endpoint names: same method, same path up to parameter names,
 * written in full or without the description's base path (`GET /documents` for
 * `/api/v1/documents` when the server URL ends in `/api/v1`).
 */
export function operationFor(
  api: ApiDescription,
  method: string,
  path: string,
): ApiOperation | undefined {
  let index = indexes.get(api);
  if (!index) {
    index = new Map();
    for (const operation of api.operations)
      index.set(operationKey(operation.method, operation.path), operation);
    indexes.set(api, index);
  }
  const found = index.get(operationKey(method, path));
  if (found || api.basePath === '' || path.startsWith(`${api.basePath}/`)) return found;
  return index.get(operationKey(method, `${api.basePath}${path}`));
}

/** The keys (`operationKey`) of the operations a document has a contract for. */
export function documentedOperations(doc: ParsedDocument, api: ApiDescription): string[] {
  const keys: string[] = [];
  for (const { endpoint } of documentContracts(doc).endpoints) {
    const operation = operationFor(api, endpoint.method, endpoint.path);
    if (operation) keys.push(operationKey(operation.method, operation.path));
  }
  return keys;
}
