import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { type ApiDescription, openApiOperations } from '@designdoc/core';
import { parse as parseYaml } from 'yaml';
import { CliError } from '../io.js';

/** How long reading a description (or a `$ref` in it) from a URL may take. */
const HTTP_TIMEOUT_MS = 15_000;

/**
 * Read an OpenAPI 3.0 or 3.1 description from a file or an http(s) URL (JSON or YAML), validate
 * it against the specification's schema, resolve every `$ref` (in the file, in other files,
 * at URLs) and reduce it to what API contracts say (`openApiOperations`). Anything that stops
 * that is a `CliError` (exit 2) of one line naming the source and the problem. This module
 * carries the OpenAPI parser: `check-api` loads it on use, so no other command pays for it.
 */
export async function readOpenApi(source: string, cwd: string): Promise<ApiDescription> {
  const url = /^https?:\/\//i.test(source);
  const location = url ? source : resolve(cwd, source);
  const fail = (problem: string) => new CliError(`OpenAPI description ${source}: ${problem}`);
  const text = url ? await fetchText(source, fail) : readText(location, fail);
  const document = parseDescription(text, fail);
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    throw fail('not an OpenAPI description (expected an object with “openapi” and “paths”)');
  const version = (document as Record<string, unknown>).openapi;
  if ('swagger' in document)
    throw fail('Swagger 2.0 is not supported: convert it to OpenAPI 3.0 or 3.1');
  if (typeof version !== 'string' || !/^3\.[01]\.\d+$/.test(version))
    throw fail(
      version === undefined
        ? 'not an OpenAPI description (no “openapi” version)'
        : `unsupported OpenAPI version “${String(version)}”, expected 3.0.x or 3.1.x`,
    );
  let dereferenced: unknown;
  try {
    dereferenced = await SwaggerParser.validate(location, document as never, {
      // The user chose the description: its $refs may name a service on this machine or the
      // network (a dev server on localhost), which the parser refuses by default.
      resolve: { http: { timeout: HTTP_TIMEOUT_MS, safeUrlResolver: false } },
    });
  } catch (error) {
    throw fail(parserProblem(error as Error));
  }
  return openApiOperations(dereferenced, source);
}

/**
 * JSON through `JSON.parse` (a generated description is JSON, and the YAML parser took 0.2 s of
 * the 0.7 s a 300-operation one cost), anything else, and JSON that does not parse, through
 * the YAML parser, whose messages say where the problem is.
 */
function parseDescription(text: string, fail: (problem: string) => CliError): unknown {
  if (/^\s*[{[]/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      // The YAML parser reads JSON too, and says where it stops.
    }
  }
  try {
    return parseYaml(text, { prettyErrors: false, maxAliasCount: 1000 });
  } catch (error) {
    throw fail(`not valid JSON or YAML: ${firstLine((error as Error).message)}`);
  }
}

function readText(path: string, fail: (problem: string) => CliError): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw fail(
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : firstLine((error as Error).message),
    );
  }
}

async function fetchText(url: string, fail: (problem: string) => CliError): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json, application/yaml;q=0.9, */*;q=0.1' },
      signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason =
      (error as Error).name === 'TimeoutError'
        ? `no answer within ${HTTP_TIMEOUT_MS / 1000} s`
        : (cause?.code ?? cause?.message ?? (error as Error).message);
    throw fail(`cannot fetch it (${reason})`);
  }
  if (!response.ok) throw fail(`fetching it answered HTTP ${response.status}`);
  return response.text();
}

/**
 * The parser's error in one line: the schema problems it lists (the first three, with JSON
 * pointers read as paths), a `$ref` it could not resolve, a file it could not read.
 */
function parserProblem(error: Error): string {
  const lines = error.message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (/schema validation failed/i.test(lines[0] ?? '')) {
    const problems = lines.slice(1).map((line) => {
      const at = /^#(\/\S*) (.*)$/.exec(line);
      if (!at) return line;
      const path = (at[1] as string)
        .split('/')
        .slice(1)
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .join(' › ');
      return path ? `${path}: ${at[2]}` : (at[2] as string);
    });
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
    return `invalid: ${problems.slice(0, 3).join('; ')}${more}`;
  }
  return firstLine(error.message);
}

const firstLine = (message: string) => (message.split('\n')[0] ?? message).trim();
