import Value from 'typebox/value';

interface SchemaError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message: string;
}

/** A JSON pointer as a readable path: `/rules/0/level` → `rules[0].level`. */
function readablePath(pointer: string): string {
  if (pointer === '') return '(top level)';
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce(
      (path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part),
      '',
    );
}

/**
 * Validate a value against a TypeBox/JSON schema and describe each problem in a user's words:
 * "rules.foo: expected one of off, warn, error". Returns [] when the value is valid.
 */
export function schemaProblems(schema: object, value: unknown): string[] {
  if (Value.Check(schema as never, value)) return [];
  const errors = [...Value.Errors(schema as never, value)] as unknown as SchemaError[];
  const byPath = new Map<string, SchemaError[]>();
  for (const error of errors) {
    const list = byPath.get(error.instancePath) ?? [];
    list.push(error);
    byPath.set(error.instancePath, list);
  }
  const problems: string[] = [];
  for (const [path, list] of byPath) {
    if (
      [...byPath.keys()].some((other) => other !== path && other.startsWith(`${path}/`)) &&
      list.every((e) => e.keyword === 'anyOf')
    )
      continue;
    if (list.every((e) => e.keyword === 'boolean')) continue; // the parent reports “unknown key”
    const consts = list
      .filter((e) => e.keyword === 'const')
      .map((e) => JSON.stringify(e.params.allowedValue));
    const extra = list.find((e) => e.keyword === 'additionalProperties');
    const required = list.find((e) => e.keyword === 'required');
    let message: string;
    if (consts.length > 0) message = `expected one of ${consts.join(', ')}`;
    else if (extra)
      message = `unknown key ${(extra.params.additionalProperties as string[]).map((k) => `“${k}”`).join(', ')}`;
    else if (required)
      message = `missing ${(required.params.requiredProperties as string[]).map((k) => `“${k}”`).join(', ')}`;
    else
      message =
        (list.find((e) => e.keyword !== 'anyOf' && e.keyword !== 'boolean') ?? list[0])?.message ??
        'invalid';
    problems.push(`${readablePath(path)}: ${message}`);
  }
  return problems;
}
