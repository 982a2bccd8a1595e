import {
  type CheckInputs,
  type DatabaseSchema,
  documentedTables,
  type ParsedDocument,
  readDataModel,
} from '@designdoc/core';
import { type CheckCommandOptions, checkDocuments } from '../checks/check-documents.js';
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
  // Loaded on use: a lint run does not load Kysely and the schema readers.
  const { readSchema } = await import('../checks/read-schema.js');
  const schema = await readSchema(options, io);
  const run = {
    kind: 'schema' as const,
    inputs: { schema },
    inputsPerFile: schemaPerDocument(schema),
  };
  return (await checkDocuments(paths, options, run, io)).exitCode;
}

/**
 * Each document's view of the schema when a run checks several: a table another document names
 * is documented, and the tables none names are reported once, by the first document with a Data
 * Model (the first document when none has one).
 */
function schemaPerDocument(
  schema: DatabaseSchema,
): (documents: ReadonlyMap<string, ParsedDocument>) => (filePath: string) => CheckInputs {
  return (documents) => {
    const documented = new Map<string, string[]>();
    for (const [file, doc] of documents) documented.set(file, documentedTables(doc, schema));
    const files = [...documents.keys()];
    const reporter =
      files.find(
        (file) => readDataModel(documents.get(file) as ParsedDocument).entities.length > 0,
      ) ?? files[0];
    return (filePath) => ({
      schema: {
        ...schema,
        elsewhere: {
          documentedTables: [...documented]
            .filter(([file]) => file !== filePath)
            .flatMap(([, tables]) => tables),
          reportsUndocumented: reporter !== undefined && reporter !== filePath,
        },
      },
    });
  };
}
