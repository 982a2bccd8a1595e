import { stringify } from 'yaml';
import type { ContentSpec, SectionSpec, TemplateSpec } from './spec.js';

const TOP_KEYS = [
  'name',
  'title',
  'description',
  'documentTitle',
  'frontMatter',
  'status',
  'preamble',
  'preambleText',
  'allowUnknownSections',
  'sections',
  'placeholders',
];
const SECTION_KEYS = [
  'id',
  'title',
  'aliases',
  'level',
  'required',
  'description',
  'allowUnknownSections',
  'content',
  'templateText',
  'sections',
];

function ordered<T extends object>(value: T, keys: string[]): T {
  const out: Record<string, unknown> = {};
  for (const key of keys)
    if ((value as Record<string, unknown>)[key] !== undefined)
      out[key] = (value as Record<string, unknown>)[key];
  return out as T;
}

function orderSection(section: SectionSpec): SectionSpec {
  const copy = ordered(section, SECTION_KEYS);
  if (copy.content) copy.content = copy.content.map((c): ContentSpec => ({ ...c }));
  if (copy.sections) copy.sections = copy.sections.map(orderSection);
  return copy;
}

/** A template spec as YAML with keys in a fixed, readable order (what `template show` prints). */
export function templateToYaml(spec: TemplateSpec): string {
  const top = ordered(spec, TOP_KEYS);
  top.sections = spec.sections.map(orderSection);
  return stringify(top, { lineWidth: 0 });
}
