import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../index.js';
import { schemaProblems } from '../schema-problems.js';
import type { JsonSchema } from '../schemas/json-schema.js';
import { MODEL_SCHEMA } from '../schemas/model-schema.js';
import { getPreset } from '../template/presets/index.js';
import { peekTemplateName } from './peek-template.js';
import type { DesignDoc, Section } from './schema.js';

/**
 * Checked-in documents and the model `parse` makes of each (test/fixtures/model/README.md): any
 * change to what a model holds shows up here as a diff to review, and every model must be one
 * the published JSON Schema accepts. `UPDATE_FIXTURES=1` rewrites the expected JSON.
 */
const FIXTURES = new URL('../../test/fixtures/model/', import.meta.url);
const UPDATE = process.env.UPDATE_FIXTURES === '1';
const NAMES = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.md') && file !== 'README.md')
  .map((file) => file.slice(0, -'.md'.length))
  .sort();

/** The model as a consumer of `show --json` or the API sees it: plain JSON, extracts included. */
function modelOf(source: string) {
  const template = getPreset(peekTemplateName(source) ?? 'tdd');
  if (!template) throw new Error(`No preset “${peekTemplateName(source)}”`);
  return JSON.parse(JSON.stringify(parse(source, template).model)) as unknown;
}

/**
 * The schema with every object closed (`additionalProperties: false`): the published schema
 * stays open so that older validators accept newer models, but every key a model writes must
 * be described in it.
 */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (typeof schema !== 'object' || schema === null) return schema;
  const copy = Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      // A `properties` map's keys are names, not keywords: close the schemas under them only.
      key === 'properties' || key === '$defs'
        ? Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, closed(v)]))
        : closed(value),
    ]),
  );
  if ('properties' in copy && !('additionalProperties' in copy)) copy.additionalProperties = false;
  return copy;
}

const CLOSED_MODEL_SCHEMA = closed(MODEL_SCHEMA) as JsonSchema;

/**
 * JSON as Biome formats it (so `biome check` accepts rewritten fixtures): objects one key a
 * line, arrays of plain values on one line when it fits in 100 columns.
 */
function formatJson(value: unknown, indent = '', prefix = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => typeof v !== 'object' || v === null)) {
      const flat = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
      if (indent.length + prefix.length + flat.length + 1 <= 100) return flat;
    }
    return `[\n${value.map((v) => `${inner}${formatJson(v, inner)}`).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const lines = entries.map(([key, v]) => {
      const name = `${JSON.stringify(key)}: `;
      return `${inner}${name}${formatJson(v, inner, name)}`;
    });
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

describe('document model fixtures', () => {
  it('cover the documents the README lists', () => {
    expect(NAMES).toEqual([
      'adr',
      'blocks',
      'crlf-bom',
      'front-matter',
      'front-matter-invalid',
      'headings',
      'mermaid',
      'missing-sections',
      'rfc',
      'tdd-full',
    ]);
  });

  it('keep the byte order mark and CR LF line ends of crlf-bom.md (no checkout rewrote them)', () => {
    const source = readFileSync(new URL('crlf-bom.md', FIXTURES), 'utf8');
    expect(source.charCodeAt(0)).toBe(0xfeff);
    expect(source).toContain('\r\n');
    expect(source).not.toMatch(/[^\r]\n/);
  });

  it('would notice a model the schema does not describe', () => {
    const model = modelOf('# T\n\n## Overview\n\nText.\n') as DesignDoc;
    const section = model.sections[0] as Section & { anchor?: string };
    section.anchor = 'overview';
    expect(schemaProblems(MODEL_SCHEMA, model)).toEqual([]);
    expect(schemaProblems(CLOSED_MODEL_SCHEMA, model)).toEqual([
      'sections[0]: unknown key “anchor”',
    ]);
    section.level = 7;
    expect(schemaProblems(MODEL_SCHEMA, model)).not.toEqual([]);
  });

  describe.each(NAMES)('%s.md', (name) => {
    const source = readFileSync(new URL(`${name}.md`, FIXTURES), 'utf8');
    const expectedFile = new URL(`${name}.model.json`, FIXTURES);
    const model = modelOf(source);

    it('parses to the model in its .model.json', () => {
      if (UPDATE) writeFileSync(expectedFile, `${formatJson(model)}\n`);
      const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as unknown;
      expect(model).toEqual(expected);
    });

    it('places each section at its heading in the source', () => {
      const all = (sections: Section[]): Section[] =>
        sections.flatMap((s) => [s, ...all(s.sections)]);
      for (const section of all((model as DesignDoc).sections)) {
        const heading = source.slice(section.place.start.offset, section.place.end.offset);
        const atx = heading.startsWith(`${'#'.repeat(section.level)} `);
        const setext = /\r?\n(?:=+|-+)$/.test(heading) && section.level <= 2;
        expect(atx || setext, `${section.title}: ${JSON.stringify(heading)}`).toBe(true);
      }
    });

    it('gives a model the published JSON Schema accepts, with no key it leaves out', () => {
      expect(schemaProblems(MODEL_SCHEMA, model)).toEqual([]);
      expect(schemaProblems(CLOSED_MODEL_SCHEMA, model)).toEqual([]);
    });
  });
});
