import { type OutputUnit, Validator } from '@cfworker/json-schema';
import type { JsonSchema } from './schemas/json-schema.js';

const validators = new WeakMap<JsonSchema, Validator>();
const STRUCTURAL = new Set([
  'properties',
  'additionalProperties',
  'items',
  'prefixItems',
  'anyOf',
  'oneOf',
  'allOf',
  '$ref',
  'unevaluatedProperties',
]);

/** A JSON pointer as a readable path: `#/rules/0/level` → `rules[0].level`. */
function readablePath(location: string): string {
  const parts = location
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'));
  if (parts.length === 0) return '';
  return parts.reduce(
    (path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part),
    '',
  );
}

const quoted = (error: string) => /"([^"]*)"/.exec(error)?.[1] ?? '';
const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

/**
 * Validate a value against a JSON Schema (2020-12, no code generation, so it also runs under a
 * strict Content-Security-Policy) and describe each problem in a user's words:
 * "rules.foo: expected one of off, warn, error". Returns [] when the value is valid.
 */
export function schemaProblems(schema: JsonSchema, value: unknown): string[] {
  let validator = validators.get(schema);
  if (!validator) {
    validator = new Validator(schema as never, '2020-12', false);
    validators.set(schema, validator);
  }
  const result = validator.validate(value);
  if (result.valid) return [];
  const byLocation = new Map<string, OutputUnit[]>();
  for (const error of result.errors) {
    const list = byLocation.get(error.instanceLocation) ?? [];
    list.push(error);
    byLocation.set(error.instanceLocation, list);
  }
  const locations = [...byLocation.keys()];
  const problems: string[] = [];
  const at = (path: string, message: string) =>
    problems.push(path ? `${path}: ${message}` : message);
  for (const [location, errors] of byLocation) {
    if (errors.some((e) => e.keyword === 'false')) {
      const parent = location.slice(0, location.lastIndexOf('/'));
      const key = decodeURIComponent(location.slice(location.lastIndexOf('/') + 1));
      at(readablePath(parent), `unknown key “${key}”`);
      continue;
    }
    const deeper = locations.some(
      (other) => other !== location && other.startsWith(`${location}/`),
    );
    const own = errors.filter((e) => !STRUCTURAL.has(e.keyword));
    if (own.length === 0 && deeper) continue;
    const path = readablePath(location);
    const required = own.filter((e) => e.keyword === 'required').map((e) => `“${quoted(e.error)}”`);
    if (required.length > 0) at(path, `missing ${required.join(', ')}`);
    const allowed = own.flatMap((e) => {
      if (e.keyword === 'const') return [JSON.stringify(quoted(e.error))];
      if (e.keyword === 'enum') {
        try {
          return (JSON.parse(/(\[.*\])/.exec(e.error)?.[1] ?? '[]') as unknown[]).map((v) =>
            JSON.stringify(v),
          );
        } catch {
          return [];
        }
      }
      return [];
    });
    const types = own
      .filter((e) => e.keyword === 'type')
      .map((e) => article(/Expected "([^"]+)"/.exec(e.error)?.[1] ?? 'value'));
    const rest = own.filter((e) => !['required', 'const', 'enum', 'type'].includes(e.keyword));
    if (allowed.length > 0) at(path, `expected one of ${[...new Set(allowed)].join(', ')}`);
    else if (types.length > 0) at(path, `expected ${[...new Set(types)].join(' or ')}`);
    else if (rest.length > 0) at(path, describe(rest[0] as OutputUnit));
    else if (required.length === 0) at(path, 'invalid value');
  }
  return problems;
}

function describe(error: OutputUnit): string {
  if (error.keyword === 'minLength') return 'must not be empty';
  if (error.keyword === 'minItems')
    return `needs at least ${/(\d+)\.?$/.exec(error.error)?.[1] ?? 'one'} item(s)`;
  if (error.keyword === 'pattern')
    return `does not match the pattern ${/"([^"]+)"\.?$/.exec(error.error)?.[1] ?? ''}`.trimEnd();
  return error.error.replace(/\.$/, '');
}
