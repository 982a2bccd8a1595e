import { DesignDocError } from '../errors.js';
import { schemaProblems } from '../schema-problems.js';
import { TEMPLATE_SCHEMA } from '../schemas/template-schema.js';
import type { SectionSpec, TemplateSpec } from './spec.js';

/**
 * The most sections (nested ones included) a template spec may have: five times the largest real
 * template (some 40). Linting matches each heading against every section (similar titles), so
 * its cost grows with headings × sections: 2,000 headings against 200 sections take about 1 s,
 * against 500 about 2.3 s, and a spec of 34,000 sections held a server for seconds.
 */
export const MAX_TEMPLATE_SECTIONS = 200;

/**
 * Check that a value (parsed from a YAML/JSON template file) is a usable template spec. Throws
 * an `invalid-template` error listing every problem, so a user fixes them in one pass; a spec
 * of more than MAX_TEMPLATE_SECTIONS sections only with that one, before any other check.
 */
export function validateTemplate(value: unknown, source = 'template'): TemplateSpec {
  const problems =
    sectionCount(value) > MAX_TEMPLATE_SECTIONS
      ? [
          `sections: more than the limit of ${MAX_TEMPLATE_SECTIONS} sections (nested ones included)`,
        ]
      : schemaProblems(TEMPLATE_SCHEMA, value);
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

/**
 * How many sections a value not yet checked holds, nested ones included, counted without
 * recursion (nesting is not checked yet) and no further than one past the limit.
 */
function sectionCount(value: unknown): number {
  let count = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0 && count <= MAX_TEMPLATE_SECTIONS) {
    const holder = pending.pop();
    if (typeof holder !== 'object' || holder === null) continue;
    const sections = (holder as { sections?: unknown }).sections;
    if (!Array.isArray(sections)) continue;
    count += sections.length;
    pending.push(...sections.slice(0, MAX_TEMPLATE_SECTIONS + 1));
  }
  return count;
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
