import { titleKey } from '../markdown/inline-text.js';
import type { SectionSpec, TemplateSpec } from '../template/spec.js';
import { indexTemplate } from '../template/template-index.js';
import { isPlaceholderTitle } from '../template/template-wording.js';
import type { Section } from './schema.js';
import { similarity } from './similar-titles.js';

const similar = new WeakSet<Section>();

/**
 * Whether a section matched its template section by a similar title rather than its own: the
 * document follows an older version of the template, whose order was its own.
 */
export function matchedBySimilarTitle(section: Section): boolean {
  return similar.has(section);
}

/**
 * The second matching pass: where a template section is missing among its siblings, an
 * unmatched heading in the place the template gives it (after the template sections before it,
 * before those after it) that names it in other words (see `similarity`) is taken for it, and
 * its own subsections are matched against the template's. Exact titles and aliases were matched
 * first; this only turns "missing X" plus "unknown Y" into one section where Y is X renamed.
 */
export function matchSimilarSections(sections: Section[], spec: TemplateSpec): void {
  const index = indexTemplate(spec);
  const present = new Set<string>();
  const collect = (list: Section[]) => {
    for (const section of list) {
      if (section.id) present.add(section.id);
      collect(section.sections);
    }
  };
  collect(sections);
  const visit = (list: Section[], expected: SectionSpec[]) => {
    matchGroup(list, expected, present);
    for (const section of list) {
      const sectionSpec = section.id ? index.byId.get(section.id) : undefined;
      visit(section.sections, sectionSpec?.sections ?? []);
    }
  };
  visit(sections, spec.sections);
}

function matchGroup(list: Section[], expected: SectionSpec[], present: Set<string>): void {
  const missing = expected.filter((s) => !present.has(s.id));
  if (missing.length === 0 || list.every((s) => s.id !== null)) return;
  const rank = new Map(expected.map((s, i) => [s.id, i]));
  const pairs: { spec: SectionSpec; section: Section; score: number; order: number }[] = [];
  for (const spec of missing) {
    const position = rank.get(spec.id) as number;
    // The slot: after the last present section that comes before it in the template, before the
    // first present one that comes after it.
    let from = 0;
    let to = list.length;
    list.forEach((section, i) => {
      const at = section.id !== null ? rank.get(section.id) : undefined;
      if (at === undefined) return;
      if (at < position) from = Math.max(from, i + 1);
      else if (at > position && i < to) to = i;
    });
    for (let i = from; i < to; i++) {
      const section = list[i] as Section;
      if (section.id !== null || isPlaceholderTitle(section.title)) continue;
      const score = similarity(section.title, spec);
      if (score > 0) pairs.push({ spec, section, score, order: position * 1000 + i });
    }
  }
  // Strongest first; between equals, the heading with fewer choices first (so "How we teach
  // this", which can only be the guide-level explanation, leaves "Detailed design" the
  // reference-level one), then the template's order and the document's.
  const choices = new Map<Section, number>();
  for (const { section } of pairs) choices.set(section, (choices.get(section) ?? 0) + 1);
  pairs.sort(
    (a, b) =>
      b.score - a.score ||
      (choices.get(a.section) as number) - (choices.get(b.section) as number) ||
      a.order - b.order,
  );
  const take = (spec: SectionSpec, section: Section) => {
    section.id = spec.id;
    similar.add(section);
    present.add(spec.id);
    matchChildren(section, spec, present);
  };
  for (const { spec, section } of pairs)
    if (!present.has(spec.id) && section.id === null) take(spec, section);
  // Older templates ordered some sections differently (early Rust RFCs put "Drawbacks" before
  // "Detailed design"): out of its place, a heading is still taken for a missing section when
  // each is the other's one best match.
  const left = list.filter((section) => section.id === null && !isPlaceholderTitle(section.title));
  const still = missing.filter((spec) => !present.has(spec.id));
  const score = new Map<Section, number[]>(
    left.map((section) => [section, still.map((spec) => similarity(section.title, spec))]),
  );
  for (const [section, scores] of score) {
    const best = Math.max(0, ...scores);
    const at = scores.indexOf(best);
    if (best === 0 || scores.indexOf(best, at + 1) !== -1) continue;
    const rivals = left.filter(
      (other) => other !== section && (score.get(other)?.[at] ?? 0) >= best,
    );
    const spec = still[at] as SectionSpec;
    if (rivals.length === 0 && !present.has(spec.id)) take(spec, section);
  }
}

/** Exact title matching of a newly matched section's subsections (the first pass skipped them). */
function matchChildren(section: Section, spec: SectionSpec, present: Set<string>): void {
  const byKey = new Map<string, SectionSpec>();
  for (const child of spec.sections ?? [])
    for (const title of [child.title, ...(child.aliases ?? [])])
      if (!byKey.has(titleKey(title))) byKey.set(titleKey(title), child);
  for (const child of section.sections) {
    if (child.id !== null) continue;
    const match = byKey.get(titleKey(child.title));
    if (match && !present.has(match.id)) {
      child.id = match.id;
      present.add(match.id);
      matchChildren(child, match, present);
    }
  }
}
