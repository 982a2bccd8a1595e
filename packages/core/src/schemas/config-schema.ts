import type { JsonSchema } from './json-schema.js';

const level = { enum: ['off', 'warn', 'error', 0, 1, 2] };

/** One rule's setting: a level, or [level] / [level, options]. */
export const RULE_SETTING_SCHEMA: JsonSchema = {
  anyOf: [
    level,
    { type: 'array', prefixItems: [level, { type: 'object' }], items: false, minItems: 1 },
  ],
};

const rules = { type: 'object', additionalProperties: { $ref: '#/$defs/ruleSetting' } };
const globs = {
  anyOf: [
    { type: 'string', minLength: 1 },
    { type: 'array', items: { type: 'string', minLength: 1 } },
  ],
};

/** A template by preset name or spec path, or a list of them (each document takes the closest). */
const templateRef: JsonSchema = {
  oneOf: [
    { type: 'string', minLength: 1 },
    { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
  ],
};

/** JSON Schema (2020-12) of `designdoc.config.yaml`, published as `designdoc schema config`. */
export const CONFIG_SCHEMA: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://designdoc.dev/schemas/config.json',
  title: 'designdoc configuration',
  type: 'object',
  properties: {
    $schema: { type: 'string' },
    template: {
      ...templateRef,
      description:
        'A preset name (tdd, adr, rfc) or a path to a template spec; or a list of them, of which each document is linted against the one it follows best.',
    },
    extends: {
      ...globs,
      description: 'Config files to start from, relative to this one; later wins.',
    },
    rules: rules,
    overrides: {
      type: 'array',
      items: {
        type: 'object',
        properties: { files: globs, template: templateRef, rules },
        required: ['files'],
        additionalProperties: false,
      },
    },
    documents: {
      ...globs,
      description:
        'The design documents: a glob or list of globs, relative to this file, that lint, fix, questions, decisions, build, preview and push read when no paths are named.',
    },
    ignores: { type: 'array', items: { type: 'string', minLength: 1 } },
    docsUrl: { type: 'string', description: 'Base URL of rule documentation pages.' },
    reportUnusedDisableDirectives: {
      enum: ['off', 'warn', 'error'],
      description:
        'Report inline disable comments that switched nothing off, as warnings or errors (default off).',
    },
  },
  additionalProperties: false,
  $defs: { ruleSetting: RULE_SETTING_SCHEMA },
};
