import { DesignDocError } from '../../errors.js';
import type { TemplateSpec } from '../spec.js';
import { adr } from './adr.js';
import { rfc } from './rfc.js';
import { tdd } from './tdd.js';

/** The built-in templates, by name. */
export const PRESETS: Readonly<Record<string, TemplateSpec>> = { tdd, adr, rfc };

/** A built-in template by name; throws a `template-not-found` error listing the names. */
export function getPreset(name: string): TemplateSpec {
  const preset = PRESETS[name];
  if (!preset) {
    throw new DesignDocError(
      'template-not-found',
      `Unknown template “${name}”, expected one of ${Object.keys(PRESETS).join(', ')} or a path to a template file`,
    );
  }
  return preset;
}
