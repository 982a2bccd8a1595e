import {
  DesignDocError,
  parseYamlDocument,
  type TemplateSpec,
  validateTemplate,
} from '@designdoc/core';
import { LineCounter } from 'yaml';
import type { FieldProblem } from '../plugins/problems.js';

/**
 * The most a template spec's request body may be: 128 KiB, 15 times the largest preset (9 KB of
 * YAML) and some 650 bytes for each of MAX_TEMPLATE_SECTIONS sections. YAML of short items
 * parses at about 2.5 ms a KiB, so a spec is read on a worker thread (about 0.3 s at the limit).
 */
export const MAX_TEMPLATE_BODY_BYTES = 128 * 1024;

/** A request body read as a spec, or why it is not one (a `validation-failed` problem). */
export type SpecReading =
  | { spec: TemplateSpec }
  | { problem: { detail: string; errors?: FieldProblem[] } };

/** A YAML spec as data; a text that does not parse (or nests too deeply) says where. */
function readYamlSpec(text: string): { value: unknown } | { reason: string } {
  const lineCounter = new LineCounter();
  const document = parseYamlDocument(text, { lineCounter });
  const error = document.errors[0];
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return { reason: `${error.message.split('\n')[0]} at line ${line}, column ${col}` };
  }
  try {
    return { value: document.toJS({ maxAliasCount: 100 }) };
  } catch (aliasError) {
    // Unresolved aliases and alias bombs surface only here.
    return { reason: (aliasError as Error).message };
  }
}

/**
 * A spec from a JSON or YAML body, validated by core; its problems become field errors. Plain
 * data in and out, so that it runs on a worker thread (template-spec-worker.ts).
 */
export function readSpec(body: unknown): SpecReading {
  let value = body;
  if (typeof body === 'string') {
    const yaml = readYamlSpec(body);
    if ('reason' in yaml)
      return { problem: { detail: `The template spec is not YAML: ${yaml.reason}` } };
    value = yaml.value;
  }
  try {
    return { spec: validateTemplate(value, 'the request body') };
  } catch (error) {
    if (!(error instanceof DesignDocError)) throw error;
    return {
      problem: {
        detail: error.message,
        errors: error.details.map((detail) => {
          const path = /^([\w$[\].]+):/.exec(detail)?.[1] ?? '';
          return {
            in: 'body' as const,
            pointer: `/${path
              .replace(/\[(\d+)\]/g, '.$1')
              .split('.')
              .filter(Boolean)
              .join('/')}`,
            detail,
          };
        }),
      },
    };
  }
}
