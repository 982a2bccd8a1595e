import { ConfigSchema, DesignDocSchema, TemplateSpecSchema } from '@designdoc/core';
import { CliError, type Io } from '../io.js';

const SCHEMAS: Record<string, object> = {
  model: DesignDocSchema,
  template: TemplateSpecSchema,
  config: ConfigSchema,
};

/** `designdoc schema model|template|config`: print a JSON Schema (draft 2020-12). */
export function schemaCommand(name: string, io: Io): number {
  const schema = SCHEMAS[name];
  if (!schema)
    throw new CliError(
      `Unknown schema “${name}”, expected one of ${Object.keys(SCHEMAS).join(', ')}`,
    );
  io.stdout.write(
    `${JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...schema }, null, 2)}\n`,
  );
  return 0;
}
