import {
  type ApiDescription,
  type CheckInputs,
  documentContracts,
  documentedOperations,
  type ParsedDocument,
} from '@designdoc/core';
import { type CheckCommandOptions, checkDocuments } from '../checks/check-documents.js';
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
  // Loaded on use: the OpenAPI parser and its schemas stay out of every other command's start.
  const { readOpenApi } = await import('../checks/read-openapi.js');
  const api = await readOpenApi(options.openapi, io.cwd);
  const run = { kind: 'api' as const, inputs: { api }, inputsPerFile: apiPerDocument(api) };
  return (await checkDocuments(paths, options, run, io)).exitCode;
}

/**
 * Each document's view of the API when a run checks several: an operation another document
 * has a contract for is documented, and the operations none documents are reported once, by
 * the first document with API contracts (the first document when none has any).
 */
function apiPerDocument(
  api: ApiDescription,
): (documents: ReadonlyMap<string, ParsedDocument>) => (filePath: string) => CheckInputs {
  return (documents) => {
    const documented = new Map<string, string[]>();
    for (const [file, doc] of documents) documented.set(file, documentedOperations(doc, api));
    const files = [...documents.keys()];
    const reporter =
      files.find((file) => documentContracts(documents.get(file) as ParsedDocument).heading) ??
      files[0];
    return (filePath) => ({
      api: {
        ...api,
        elsewhere: {
          documented: [...documented]
            .filter(([file]) => file !== filePath)
            .flatMap(([, keys]) => keys),
          reportsUndocumented: reporter !== undefined && reporter !== filePath,
        },
      },
    });
  };
}
