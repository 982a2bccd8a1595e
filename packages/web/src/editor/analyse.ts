import {
  type Diagnostic,
  lintParsed,
  parseDocument,
  type Section,
  type SectionSpec,
  type TemplateSpec,
  walkSections,
} from '@designdoc/core';
import { renderDocument } from '@designdoc/core/render';

/** Where a template section stands in the document being written. */
export type OutlineState = 'present' | 'missing' | 'placeholder';

export interface OutlineEntry {
  id: string;
  title: string;
  level: number;
  required: boolean;
  state: OutlineState;
  /** The heading's line in the document (1-based), when the section is there. */
  line: number | null;
}

/** What one pass over the editor's text gives: lint results, the preview and the outline. */
export interface Analysis {
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  html: string;
  hasMermaid: boolean;
  outline: OutlineEntry[];
}

/** Rules whose findings mean a section is there but not written yet. */
const UNWRITTEN = new Set(['unfilled-placeholder', 'empty-section']);

/**
 * Parse once, then lint and render that parse: the same core (and so the same rules and the
 * same sanitised HTML) as the CLI and the server, run in the browser on every change.
 */
export function analyse(markdown: string, template: TemplateSpec): Analysis {
  const parsed = parseDocument(markdown, template);
  const { diagnostics, errorCount, warningCount } = lintParsed(parsed, { template });
  const rendered = renderDocument(parsed);
  return {
    diagnostics,
    errorCount,
    warningCount,
    html: rendered.html,
    hasMermaid: rendered.hasMermaid,
    outline: outlineOf(template, walkSections(parsed.model.sections), diagnostics),
  };
}

/**
 * The template's sections in order, each present, missing or still a placeholder. A finding
 * belongs to the last section whose heading comes before it (the innermost one).
 */
function outlineOf(
  template: TemplateSpec,
  sections: readonly Section[],
  diagnostics: Diagnostic[],
): OutlineEntry[] {
  const byId = new Map<string, Section>();
  for (const section of sections)
    if (section.id && !byId.has(section.id)) byId.set(section.id, section);
  const unwritten = new Set<Section>();
  for (const d of diagnostics) {
    if (!UNWRITTEN.has(d.ruleId)) continue;
    let owner: Section | undefined;
    for (const section of sections)
      if (section.place.start.line <= d.place.start.line) owner = section;
    if (owner) unwritten.add(owner);
  }
  const entries: OutlineEntry[] = [];
  const walk = (specs: SectionSpec[]) => {
    for (const spec of specs) {
      const section = byId.get(spec.id);
      entries.push({
        id: spec.id,
        title: spec.title,
        level: spec.level,
        required: spec.required ?? false,
        state: !section ? 'missing' : unwritten.has(section) ? 'placeholder' : 'present',
        line: section ? section.place.start.line : null,
      });
      walk(spec.sections ?? []);
    }
  };
  walk(template.sections);
  return entries;
}
