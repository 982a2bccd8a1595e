import AjvCompiler from '@fastify/ajv-compiler';
import type { FastifyServerOptions } from 'fastify';

type ValidatorFactory = NonNullable<
  NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']
>['buildValidator'];
type Validator = ReturnType<ReturnType<NonNullable<ValidatorFactory>>>;

/**
 * Fastify's validator factory, strict where a client chooses types and lenient where it cannot:
 * JSON bodies are checked as sent (`{"markdown": 12345}` is a 400, not the text "12345"), while
 * path, query and header values, which are always text, are converted to the numbers and
 * booleans their schemas declare — but a number only from plain decimal digits, so that
 * `versions/0x1`, `1e0` or ` 1` is a 400 rather than version 1.
 */
export function requestValidators(): NonNullable<ValidatorFactory> {
  const pool = AjvCompiler();
  return (externalSchemas, options) => {
    const customOptions = (options?.customOptions ?? {}) as Record<string, unknown>;
    const build = (coerceTypes: false | 'array') =>
      pool(externalSchemas, { ...options, customOptions: { ...customOptions, coerceTypes } } as {
        customOptions: object;
      });
    const exact = build(false);
    const converting = build('array');
    return (route) =>
      route.httpPart === 'body'
        ? exact(route)
        : decimalNumbersOnly(converting(route), route.schema as JsonSchema);
  };
}

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
}

const DECIMAL = { integer: /^-?[0-9]+$/, number: /^-?[0-9]+(?:\.[0-9]+)?$/ } as const;

/**
 * A validator that refuses a text value of a numeric property unless it is plain decimal, then
 * runs `validate` (which converts it). Ajv alone converts whatever `Number()` reads.
 */
function decimalNumbersOnly(validate: Validator, schema: JsonSchema): Validator {
  const numeric = Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const types = [property.type ?? []].flat();
    const kind = types.includes('integer') ? 'integer' : types.includes('number') ? 'number' : null;
    return kind ? [{ name, kind, pattern: DECIMAL[kind] }] : [];
  });
  if (numeric.length === 0) return validate;
  const checked = ((data: Record<string, unknown> | null, context?: unknown) => {
    for (const { name, kind, pattern } of numeric) {
      const values = [data?.[name] ?? []].flat();
      if (values.some((value) => typeof value === 'string' && !pattern.test(value))) {
        checked.errors = [
          {
            instancePath: `/${name}`,
            schemaPath: `#/properties/${name}/type`,
            keyword: 'type',
            params: { type: kind },
            message: `must be ${kind === 'integer' ? 'an integer' : 'a number'} in plain decimal digits`,
          },
        ];
        return false;
      }
    }
    const valid = (validate as (data: unknown, context?: unknown) => boolean)(data, context);
    checked.errors = validate.errors;
    return valid;
  }) as unknown as Validator & { errors: unknown };
  // Fastify passes the parent object to a validator that has one, so that Ajv can replace the root.
  Object.assign(checked, { schemaEnv: (validate as { schemaEnv?: unknown }).schemaEnv });
  return checked;
}
