import { CONFIG_SCHEMA, MODEL_SCHEMA, TEMPLATE_SCHEMA } from '@designdoc/core';
import { expectedOneOf } from '../did-you-mean.js';
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
    throw new CliError(`Unknown schema “${name}”${expectedOneOf(name, Object.keys(SCHEMAS))}`);
  io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
  return 0;
}
