import { eslintJson } from './eslint-json.js';
import type { Formatter } from './formatter.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

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
