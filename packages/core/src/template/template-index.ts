import { titleKey } from '../markdown/inline-text.js';
import type { SectionSpec, TemplateSpec } from './spec.js';

/** Lookups over a template spec, built once per spec object and cached. */
export interface TemplateIndex {
  byId: Map<string, SectionSpec>;
  parentOf: Map<SectionSpec, SectionSpec | null>;
  /** Title keys (title + aliases) of the children of a parent (null = top level). */
  childrenByKey: Map<SectionSpec | null, Map<string, SectionSpec>>;
  /** Every spec section by title key, wherever it sits (for "expected under …" hints). */
  anywhereByKey: Map<string, SectionSpec>;
}

const cache = new WeakMap<TemplateSpec, TemplateIndex>();

/** Index a template spec for matching headings against it. */
export function indexTemplate(spec: TemplateSpec): TemplateIndex {
  const cached = cache.get(spec);
  if (cached) return cached;
  const index: TemplateIndex = {
    byId: new Map(),
    parentOf: new Map(),
    childrenByKey: new Map(),
    anywhereByKey: new Map(),
  };
  const walk = (sections: SectionSpec[], parent: SectionSpec | null) => {
    const keys = new Map<string, SectionSpec>();
    index.childrenByKey.set(parent, keys);
    for (const section of sections) {
      index.byId.set(section.id, section);
      index.parentOf.set(section, parent);
      for (const title of [section.title, ...(section.aliases ?? [])]) {
        const key = titleKey(title);
        if (!keys.has(key)) keys.set(key, section);
        if (!index.anywhereByKey.has(key)) index.anywhereByKey.set(key, section);
      }
      walk(section.sections ?? [], section);
    }
  };
  walk(spec.sections, null);
  cache.set(spec, index);
  return index;
}

/** The path of titles from the top to a spec section, e.g. "Goals and Non-Goals › Goals". */
export function specPath(index: TemplateIndex, section: SectionSpec): string {
  const parts: string[] = [];
  let at: SectionSpec | null | undefined = section;
  while (at) {
    parts.unshift(at.title);
    at = index.parentOf.get(at);
  }
  return parts.join(' › ');
}
