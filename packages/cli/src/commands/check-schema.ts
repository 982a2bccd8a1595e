import {
  type CheckInputs,
  documentedTables,
  type ParsedDocument,
  readDataModel,
} from '@designdoc/core';
import { type CheckCommandOptions, checkDocuments, othersView } from '../checks/check-documents.js';
import type { SchemaSource } from '../checks/read-schema.js';
import type { Io } from '../io.js';

/**
 * `designdoc check-schema DOC… --ddl FILE… | --database URL`: compare each document's Data Model
 * with the schema, both ways, with the `schema-*` rules, and report like `lint` (formats,
 * severities, config, disable comments; exit 0 clean, 1 errors, 2 a schema or file that cannot
 * be read).
 */
export async function checkSchemaCommand(
  paths: string[],
  options: CheckCommandOptions & SchemaSource,
  io: Io,
): Promise<number> {
  const run = {
    kind: 'schema' as const,
    async read() {
      // Loaded on use: a lint run does not load Kysely and the schema readers.
      const { readSchema } = await import('../checks/read-schema.js');
      return { schema: await readSchema(options, io) };
    },
    inputsPerFile: schemaPerDocument,
  };
  return (await checkDocuments(paths, options, run, io)).exitCode;
}

/**
 * Each document's view of the schema when a run checks several: a table another document names
 * is documented, and the tables none names are reported once, by the first document with a Data
 * Model (the first document when none has one).
 */
function schemaPerDocument(
  { schema }: CheckInputs,
  documents: ReadonlyMap<string, ParsedDocument>,
): (filePath: string) => CheckInputs {
  if (!schema) return () => ({});
  const view = othersView(
    documents,
    (doc) => documentedTables(doc, schema),
    (doc) => readDataModel(doc).entities.length > 0,
  );
  return (filePath) => {
    const { documentedElsewhere, reportsUndocumented } = view(filePath);
    return {
      schema: {
        ...schema,
        elsewhere: { documentedTables: documentedElsewhere, reportsUndocumented },
      },
    };
  };
}
