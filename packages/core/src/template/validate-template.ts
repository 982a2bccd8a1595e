import { DesignDocError } from '../errors.js';
import { schemaProblems } from '../schema-problems.js';
import { TEMPLATE_SCHEMA } from '../schemas/template-schema.js';
import type { SectionSpec, TemplateSpec } from './spec.js';

/**
 * Check that a value (parsed from a YAML/JSON template file) is a usable template spec. Throws
 * an `invalid-template` error listing every problem, so a user fixes them in one pass.
 */
export function validateTemplate(value: unknown, source = 'template'): TemplateSpec {
  const problems = schemaProblems(TEMPLATE_SCHEMA, value);
  if (problems.length === 0) problems.push(...semanticProblems(value as TemplateSpec));
  if (problems.length > 0) {
    throw new DesignDocError(
      'invalid-template',
      `Invalid template spec in ${source}: ${problems.join('; ')}`,
      problems,
    );
  }
  return value as TemplateSpec;
}

function semanticProblems(spec: TemplateSpec): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const walk = (sections: SectionSpec[], path: string, parentLevel: number) => {
    sections.forEach((section, i) => {
      const at = `${path}[${i}]`;
      if (ids.has(section.id)) problems.push(`${at}.id: duplicate section id “${section.id}”`);
      ids.add(section.id);
      if (section.level <= parentLevel) {
        problems.push(
          `${at}.level: ${section.level} must be deeper than its parent's level ${parentLevel}`,
        );
      }
      walk(section.sections ?? [], `${at}.sections`, section.level);
    });
  };
  walk(spec.sections, 'sections', spec.documentTitle?.level ?? 0);
  (spec.placeholders ?? []).forEach((placeholder, i) => {
    try {
      new RegExp(placeholder.pattern, placeholder.flags ?? '');
    } catch (error) {
      problems.push(
        `placeholders[${i}].pattern: not a valid regular expression (${(error as Error).message})`,
      );
    }
  });
  return problems;
}
