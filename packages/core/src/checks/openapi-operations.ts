import type {
  ApiBody,
  ApiDescription,
  ApiOperation,
  ApiParameter,
  ApiSecurity,
  ApiSecurityScheme,
} from './api-description.js';

type Json = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const PLACES = new Set(['path', 'query', 'header', 'cookie']);

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const objectAt = (value: unknown, key: string): Json | undefined => {
  const found = isObject(value) ? value[key] : undefined;
  return isObject(found) ? found : undefined;
};
const listAt = (value: unknown, key: string): unknown[] => {
  const found = isObject(value) ? value[key] : undefined;
  return Array.isArray(found) ? found : [];
};
const stringAt = (value: unknown, key: string): string | undefined => {
  const found = isObject(value) ? value[key] : undefined;
  return typeof found === 'string' ? found : undefined;
};

/**
 * What an OpenAPI 3.0 or 3.1 description says about each operation, reduced to what an API
 * contract can state: its path (the first server URL's path in front: the operation's or path
 * item's own `servers` if it has them, else the description's), parameters (the path
 * item's and the operation's), status codes, request and response bodies (the top-level fields
 * of the JSON media type's schema, else the first media type's; `allOf` merged), and security
 * (the operation's, else the root's). `description` must be dereferenced (no `$ref` left; the
 * CLI's parser does that); reference cycles are fine. Pure: the host reads and validates.
 */
export function openApiOperations(description: unknown, source: string): ApiDescription {
  const basePath = serverBasePath(listAt(description, 'servers')[0]);
  const schemes = objectAt(objectAt(description, 'components'), 'securitySchemes') ?? {};
  const rootSecurity = isObject(description) ? description.security : undefined;
  const operations: ApiOperation[] = [];
  for (const [path, item] of Object.entries(objectAt(description, 'paths') ?? {})) {
    if (!isObject(item)) continue;
    const shared = parametersOf(listAt(item, 'parameters'));
    // A path item or operation may name its own servers (a health check outside the API's base).
    const itemBase = basePathOf(item, basePath);
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.includes(method) || !isObject(operation)) continue;
      const responses = objectAt(operation, 'responses') ?? {};
      const statuses = Object.keys(responses).map((code) =>
        code.toUpperCase().replace(/^DEFAULT$/, 'default'),
      );
      const security = securityOf(operation.security ?? rootSecurity, schemes);
      const operationId = stringAt(operation, 'operationId');
      operations.push({
        method: method.toUpperCase(),
        path: `${basePathOf(operation, itemBase)}${path}`,
        ...(operationId ? { operationId } : {}),
        parameters: mergeParameters(shared, parametersOf(listAt(operation, 'parameters'))),
        statuses,
        request: bodyOf(objectAt(operation, 'requestBody'), false),
        responses: Object.fromEntries(
          Object.keys(responses).map((code, i) => [
            statuses[i] as string,
            bodyOf(objectAt(responses, code), true),
          ]),
        ),
        ...(security ? { security } : {}),
      });
    }
  }
  return { source, basePath, operations };
}

/** The base path of a node's own first server (a path item's, an operation's), else `fallback`. */
function basePathOf(node: Json, fallback: string): string {
  const servers = listAt(node, 'servers');
  return servers.length > 0 ? serverBasePath(servers[0]) : fallback;
}

/**
 * The path of a server URL, its variables at their defaults: `https://api.example.com/v1/` →
 * `/v1`, `/api/v1` → `/api/v1`, `https://example.com` → ''.
 */
function serverBasePath(server: unknown): string {
  let url = stringAt(server, 'url') ?? '';
  const variables = objectAt(server, 'variables') ?? {};
  url = url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const fallback = stringAt(variables[name], 'default');
    return fallback ?? whole;
  });
  const path = url.replace(/^[^:/?#]*:\/\/[^/]*/, '').replace(/[?#].*$/, '');
  return path.replace(/\/+$/, '');
}

function parametersOf(list: unknown[]): ApiParameter[] {
  const parameters: ApiParameter[] = [];
  for (const parameter of list) {
    const name = stringAt(parameter, 'name');
    const place = stringAt(parameter, 'in');
    if (name === undefined || place === undefined || !PLACES.has(place)) continue;
    parameters.push({
      name,
      in: place as ApiParameter['in'],
      required: place === 'path' || (isObject(parameter) && parameter.required === true),
    });
  }
  return parameters;
}

/** The path item's parameters with the operation's over them (same name and place). */
function mergeParameters(shared: ApiParameter[], own: ApiParameter[]): ApiParameter[] {
  const key = (p: ApiParameter) => `${p.in}\u0000${p.name}`;
  const overridden = new Set(own.map(key));
  return [...shared.filter((p) => !overridden.has(key(p))), ...own];
}

function securityOf(requirements: unknown, schemes: Json): ApiSecurity | undefined {
  if (!Array.isArray(requirements)) return undefined;
  const security: ApiSecurity = { optional: requirements.length === 0, schemes: [] };
  const seen = new Set<string>();
  for (const requirement of requirements) {
    if (!isObject(requirement)) continue;
    const names = Object.keys(requirement);
    if (names.length === 0) security.optional = true;
    for (const name of names) {
      if (seen.has(name)) continue;
      seen.add(name);
      security.schemes.push(schemeOf(name, schemes[name]));
    }
  }
  return security;
}

function schemeOf(name: string, declared: unknown): ApiSecurityScheme {
  const scheme: ApiSecurityScheme = { name, type: stringAt(declared, 'type') ?? '' };
  const httpScheme = stringAt(declared, 'scheme');
  if (scheme.type === 'http' && httpScheme) scheme.scheme = httpScheme.toLowerCase();
  const place = stringAt(declared, 'in');
  if (scheme.type === 'apiKey' && place) scheme.in = place;
  return scheme;
}

/**
 * A request body or response: its JSON media type's schema (else the first media type's) read
 * for its top-level fields; null when there is no such object or it has no content.
 */
function bodyOf(body: Json | undefined, response: boolean): ApiBody | null {
  if (!body) return null;
  const content = objectAt(body, 'content');
  const types = Object.keys(content ?? {});
  if (types.length === 0) return response ? null : emptyBody(body);
  const mediaType =
    types.find((type) => type.split(';')[0]?.trim() === 'application/json') ??
    types.find((type) => /[/+]json\b/.test(type)) ??
    (types[0] as string);
  const fields = fieldsOf(objectAt(objectAt(content, mediaType), 'schema'), new Set());
  return {
    required: response || body.required === true,
    mediaType,
    fields: fields ? [...fields.names] : null,
    requiredFields: fields ? [...fields.required] : [],
  };
}

function emptyBody(body: Json): ApiBody {
  return { required: body.required === true, mediaType: '', fields: null, requiredFields: [] };
}

interface Fields {
  names: Set<string>;
  required: Set<string>;
}

/**
 * The top-level fields of a schema: its properties, with those of every `allOf` part; the
 * union of the alternatives' for `anyOf`/`oneOf` (required where all require it); an array's
 * items' fields. Undefined when the schema names no property anywhere.
 */
function fieldsOf(schema: Json | undefined, seen: Set<Json>): Fields | undefined {
  if (!schema || seen.has(schema)) return undefined;
  seen.add(schema);
  try {
    const properties = objectAt(schema, 'properties');
    const parts: Fields[] = [];
    if (properties) {
      const names = new Set(Object.keys(properties));
      const required = new Set(
        listAt(schema, 'required').filter(
          (n): n is string => typeof n === 'string' && names.has(n),
        ),
      );
      parts.push({ names, required });
    }
    for (const part of listAt(schema, 'allOf')) {
      const fields = isObject(part) ? fieldsOf(part, seen) : undefined;
      if (fields) parts.push(fields);
    }
    const alternatives = [...listAt(schema, 'anyOf'), ...listAt(schema, 'oneOf')]
      .map((part) => (isObject(part) ? fieldsOf(part, seen) : undefined))
      .filter((f): f is Fields => f !== undefined);
    if (alternatives.length > 0) {
      const names = new Set(alternatives.flatMap((f) => [...f.names]));
      const required = new Set(
        [...names].filter((name) => alternatives.every((f) => f.required.has(name))),
      );
      parts.push({ names, required });
    }
    if (parts.length === 0) {
      const items = objectAt(schema, 'items');
      return items ? fieldsOf(items, seen) : undefined;
    }
    const merged: Fields = { names: new Set(), required: new Set() };
    for (const part of parts) {
      for (const name of part.names) merged.names.add(name);
      for (const name of part.required) merged.required.add(name);
    }
    // A required list beside allOf parts names fields they declare.
    for (const name of listAt(schema, 'required'))
      if (typeof name === 'string' && merged.names.has(name)) merged.required.add(name);
    return merged;
  } finally {
    seen.delete(schema);
  }
}
