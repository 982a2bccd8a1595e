import {
  type CheckInputs,
  documentContracts,
  documentedOperations,
  type ParsedDocument,
} from '@designdoc/core';
import { type CheckCommandOptions, checkDocuments, othersView } from '../checks/check-documents.js';
import type { Io } from '../io.js';

/**
 * `designdoc check-api DOC… --openapi FILE|URL`: compare the documents' API contracts with an
 * OpenAPI 3.0/3.1 description, both ways, with the `api-*` rules, and report like `lint`
 * (formats, severities, config, disable comments; exit 0 clean, 1 errors, 2 a description or
 * file that cannot be read).
 */
export async function checkApiCommand(
  paths: string[],
  options: CheckCommandOptions & { openapi: string },
  io: Io,
): Promise<number> {
  const run = {
    kind: 'api' as const,
    async read() {
      // Loaded on use: the OpenAPI parser and its schemas stay out of every other command's start.
      const { readOpenApi } = await import('../checks/read-openapi.js');
      return { api: await readOpenApi(options.openapi, io.cwd) };
    },
    inputsPerFile: apiPerDocument,
  };
  return (await checkDocuments(paths, options, run, io)).exitCode;
}

/**
 * Each document's view of the API when a run checks several: an operation another document
 * has a contract for is documented, and the operations none documents are reported once, by
 * the first document with API contracts (the first document when none has any).
 */
function apiPerDocument(
  { api }: CheckInputs,
  documents: ReadonlyMap<string, ParsedDocument>,
): (filePath: string) => CheckInputs {
  if (!api) return () => ({});
  const view = othersView(
    documents,
    (doc) => documentedOperations(doc, api),
    (doc) => Boolean(documentContracts(doc).heading),
  );
  return (filePath) => {
    const { documentedElsewhere, reportsUndocumented } = view(filePath);
    return { api: { ...api, elsewhere: { documented: documentedElsewhere, reportsUndocumented } } };
  };
}
