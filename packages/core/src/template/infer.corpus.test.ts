import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RFC_TEMPLATE, TDD_TEMPLATE } from '../../../../test/shared-paths.js';
import { inferTemplate } from './infer.js';
import { rfc } from './presets/rfc.js';
import { tdd } from './presets/tdd.js';
import type { SectionSpec, TemplateSpec } from './spec.js';

/** A spec without the hand-written parts (descriptions, and aliases where the test says so). */
function comparable(spec: TemplateSpec, dropAliases = false): unknown {
  const strip = (section: SectionSpec): unknown => {
    const { description: _d, aliases, sections, ...rest } = section;
    return {
      ...rest,
      ...(aliases && !dropAliases ? { aliases } : {}),
      ...(sections ? { sections: sections.map(strip) } : {}),
    };
  };
  const { description: _d, sections, ...rest } = spec;
  return JSON.parse(JSON.stringify({ ...rest, sections: sections.map(strip) }));
}

describe('inferTemplate on the shared templates', () => {
  it('turns the shared technical design document template into the tdd preset', () => {
    const inferred = inferTemplate(readFileSync(TDD_TEMPLATE, 'utf8'), { name: 'tdd' });
    expect(comparable(inferred)).toEqual(comparable(tdd));
  });

  it('turns the Rust RFC template into the rfc preset (the preset adds aliases for old section names)', () => {
    const inferred = inferTemplate(readFileSync(RFC_TEMPLATE, 'utf8'), {
      name: 'rfc',
      title: 'Rust RFC',
    });
    expect(comparable(inferred, true)).toEqual(comparable(rfc, true));
  });
});
