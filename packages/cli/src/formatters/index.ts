import { eslintJson } from './eslint-json.js';
import type { Formatter, StreamingFormat } from './formatter.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json, jsonStream } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish, stylishStream } from './stylish.js';

/** Output formats of `lint`, by name. */
export const FORMATTERS: Readonly<Record<string, Formatter>> = {
  stylish,
  json,
  'eslint-json': eslintJson,
  sarif,
  github,
  gitlab,
  junit,
};

/** The formats `lint` writes file by file as results come, keeping none (StreamingFormat). */
export const STREAMING_FORMATS: Readonly<Record<string, StreamingFormat>> = {
  stylish: stylishStream,
  json: jsonStream,
};
