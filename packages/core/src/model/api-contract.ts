import { DocumentTextCache } from '../markdown/detached.js';

/** One endpoint of an API contract block. */
export interface ParsedEndpoint {
  method: string;
  path: string;
  input: string | null;
  output: string | null;
  status: number[];
  /** Other `Key: value` lines, by key as written. */
  properties: Record<string, string>;
  /** 0-based line within the block of the endpoint line. */
  line: number;
  /**
   * Where each property's value starts, 0-based within the block, by key in lower case with
   * `input`, `output` and `status` for their synonyms: checks point at the line that differs.
   */
  at: Record<string, { line: number; column: number }>;
  /** Problems found while reading the block, with their 0-based line and column within it. */
  problems: ContractProblem[];
}

export interface ContractProblem {
  messageId: 'method' | 'path' | 'status' | 'syntax';
  message: string;
  line: number;
  column: number;
  length: number;
}

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE'];

const ENDPOINT = /^([A-Za-z]+)[ \t]+(\S+?):?[ \t]*$/;
const PROPERTY = /^[ \t]+([A-Za-z][\w -]*?)[ \t]*:[ \t]*(.*)$/;
const PATH = /^\/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@%]|\{[A-Za-z_][\w.-]*\}|\/)*$/;

/**
 * Read an API contract block (the template's YAML-style shape):
 *
 *     POST /api/v1/resource
 *       Input: ResourceRequest
 *       Output: ResourceResponse
 *       Status: 201
 *
 * Every line is accounted for: an endpoint line, an indented property of the endpoint above,
 * a comment (`#`) or blank; anything else is a syntax problem.
 */
export function parseApiContract(code: string): {
  endpoints: ParsedEndpoint[];
  problems: ContractProblem[];
} {
  return contractCache.get(code, readContract);
}

/**
 * Parsed blocks by text: the model's extract and the api-contract rule read the same blocks.
 * Parsed from the detached key, so what a cached contract holds is cut from its own copy.
 */
const contractCache = new DocumentTextCache<{
  endpoints: ParsedEndpoint[];
  problems: ContractProblem[];
}>(256);

function readContract(code: string): {
  endpoints: ParsedEndpoint[];
  problems: ContractProblem[];
} {
  const endpoints: ParsedEndpoint[] = [];
  const orphans: ContractProblem[] = [];
  const lines = code.split('\n');
  let current: ParsedEndpoint | null = null;
  for (let index = 0; index < lines.length; index++) {
    const raw = (lines[index] as string).replace(/\r$/, '');
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const endpoint = /^\S/.test(raw) ? ENDPOINT.exec(raw) : null;
    if (
      endpoint &&
      (/^[A-Z]+$/.test(endpoint[1] as string) || (endpoint[2] as string).startsWith('/'))
    ) {
      current = readEndpoint(endpoint[1] as string, endpoint[2] as string, index);
      endpoints.push(current);
      continue;
    }
    const property = PROPERTY.exec(raw);
    if (property && current) {
      readProperty(current, property[1] as string, property[2] as string, index, raw);
      continue;
    }
    const problem: ContractProblem = {
      messageId: 'syntax',
      message: current
        ? `Unexpected line “${trimmed}”, expected an indented “Key: value” or “METHOD /path”`
        : `Unexpected line “${trimmed}”, expected “METHOD /path”`,
      line: index,
      column: raw.length - raw.trimStart().length,
      length: trimmed.length,
    };
    (current ? current.problems : orphans).push(problem);
  }
  return { endpoints, problems: orphans };
}

function readEndpoint(method: string, path: string, line: number): ParsedEndpoint {
  const endpoint: ParsedEndpoint = {
    method: method.toUpperCase(),
    path,
    input: null,
    output: null,
    status: [],
    properties: {},
    line,
    at: {},
    problems: [],
  };
  if (!HTTP_METHODS.includes(method.toUpperCase())) {
    endpoint.problems.push({
      messageId: 'method',
      message: `Unknown HTTP method “${method}”, expected one of ${HTTP_METHODS.join(', ')}`,
      line,
      column: 0,
      length: method.length,
    });
  }
  if (!PATH.test(path) || path.includes('//') || !balancedBraces(path)) {
    endpoint.problems.push({
      messageId: 'path',
      message: `Invalid path “${path}”: a path starts with “/” and holds URL characters and {parameters}`,
      line,
      column: method.length + 1,
      length: path.length,
    });
  }
  return endpoint;
}

/** Synonyms of the properties the contract reads, by the name `ParsedEndpoint.at` keeps them under. */
const PROPERTY_NAMES: Record<string, string> = {
  request: 'input',
  body: 'input',
  response: 'output',
  returns: 'output',
  'status codes': 'status',
  statuses: 'status',
};

function readProperty(
  endpoint: ParsedEndpoint,
  key: string,
  value: string,
  line: number,
  raw: string,
): void {
  const name = key.toLowerCase();
  const column = raw.indexOf(value, raw.indexOf(':') + 1);
  endpoint.at[PROPERTY_NAMES[name] ?? name] = { line, column };
  if (name === 'input' || name === 'request' || name === 'body') endpoint.input = value;
  else if (name === 'output' || name === 'response' || name === 'returns') endpoint.output = value;
  else if (name === 'status' || name === 'status codes' || name === 'statuses') {
    for (const part of value.split(/[,|/]|\bor\b/)) {
      const code = part.trim().split(/\s+/)[0] ?? '';
      if (code === '') continue;
      const number = Number(code);
      if (/^\d{3}$/.test(code) && number >= 100 && number <= 599) endpoint.status.push(number);
      else {
        endpoint.problems.push({
          messageId: 'status',
          message: `Invalid HTTP status “${code}”, expected a code from 100 to 599`,
          line,
          column: Math.max(0, raw.indexOf(code, column)),
          length: code.length,
        });
      }
    }
  } else endpoint.properties[key] = value;
}

function balancedBraces(path: string): boolean {
  let depth = 0;
  for (const ch of path) {
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    if (depth < 0 || depth > 1) return false;
  }
  return depth === 0;
}

/** Whether a code block looks like an API contract (used by template inference). */
export function looksLikeApiContract(code: string): boolean {
  const first = code.split('\n').find((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  return (
    first !== undefined &&
    /^[A-Z]+\s+\/\S*:?\s*$/.test(first) &&
    HTTP_METHODS.includes(first.split(/\s/)[0] ?? '')
  );
}
