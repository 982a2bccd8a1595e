import { describe, expect, it } from 'vitest';
import { DesignDocError } from '../errors.js';
import { MAX_TEMPLATE_SECTIONS, validateTemplate } from './validate-template.js';

const section = (i: number, level = 2) => ({ id: `s-${i}`, title: `Section ${i}`, level });
const spec = (sections: unknown[]) => ({ name: 'wide', title: 'Wide', sections });

describe('validateTemplate limits', () => {
  it('accepts a spec of MAX_TEMPLATE_SECTIONS sections, nested ones included', () => {
    const nested = Array.from({ length: MAX_TEMPLATE_SECTIONS / 2 }, (_, i) => ({
      ...section(i),
      sections: [section(i + MAX_TEMPLATE_SECTIONS, 3)],
    }));
    expect(validateTemplate(spec(nested)).sections).toHaveLength(MAX_TEMPLATE_SECTIONS / 2);
  });

  it('refuses one more section, nested or not, with that problem alone', () => {
    const flat = Array.from({ length: 34_000 }, (_, i) => section(i));
    const nested = Array.from({ length: MAX_TEMPLATE_SECTIONS / 2 }, (_, i) => ({
      ...section(i),
      sections: [section(i + MAX_TEMPLATE_SECTIONS, 3)],
    }));
    nested.push({ ...section(-1), sections: [section(-2, 3)] });
    for (const sections of [flat, nested]) {
      const error = (() => {
        try {
          validateTemplate(spec(sections));
        } catch (thrown) {
          return thrown as DesignDocError;
        }
      })();
      expect(error).toBeInstanceOf(DesignDocError);
      expect(error?.details).toEqual([
        `sections: more than the limit of ${MAX_TEMPLATE_SECTIONS} sections (nested ones included)`,
      ]);
    }
  });
});
