import { CONFIG_SCHEMA, MODEL_SCHEMA, TEMPLATE_SCHEMA } from '@designdoc/core';
import { CliError, type Io } from '../io.js';

const SCHEMAS: Record<string, object> = {
  model: MODEL_SCHEMA,
  template: TEMPLATE_SCHEMA,
  config: CONFIG_SCHEMA,
};

/** `designdoc schema model|template|config`: print a JSON Schema (draft 2020-12). */
export function schemaCommand(name: string, io: Io): number {
  const schema = SCHEMAS[name];
  if (!schema)
    throw new CliError(
      `Unknown schema “${name}”, expected one of ${Object.keys(SCHEMAS).join(', ')}`,
    );
  io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
  return 0;
}
