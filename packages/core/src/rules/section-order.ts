import { defineRule } from '../lint/rule.js';
import { titleKey } from '../markdown/inline-text.js';
import { matchedBySimilarTitle } from '../model/match-similar-sections.js';
import type { Section } from '../model/schema.js';
import { indexTemplate, type TemplateIndex } from '../template/template-index.js';
import { siblingGroups } from './section-tools.js';

/**
 * Template sections appear in template order. The sections outside the longest run that is
 * already in order are reported, so one moved section gives one finding, not a cascade.
 * Sections written under another name (an alias, or a similar title) are left out: they are
 * usually a document following an older version of the template, in that version's order. So
 * are optional sections, which go where an author finds them useful.
 */
export const sectionOrder = defineRule({
  meta: {
    id: 'section-order',
    description: 'Sections appear in the order the template gives them.',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      expectedBefore: 'Section “{{section}}” is out of order, expected before “{{other}}”',
      expectedAfter: 'Section “{{section}}” is out of order, expected after “{{other}}”',
      outOfOrder: 'Section “{{section}}” is out of order, expected elsewhere',
    },
  },
  defaultOptions: {},
  check({ doc, report }) {
    const index = indexTemplate(doc.template);
    for (const group of siblingGroups(doc.model.sections, doc.template)) {
      // Optional sections go where an author finds them useful; the required ones keep the
      // template's order.
      const rank = new Map(
        group.expected.filter((spec) => spec.required !== false).map((spec, i) => [spec.id, i]),
      );
      const seen = new Set<string>();
      const ordered: { section: Section; rank: number }[] = [];
      for (const section of group.sections) {
        if (!section.id || seen.has(section.id) || !rank.has(section.id)) continue;
        // A section under another name (an alias, or words like the title's) is usually a
        // document following an older version of the template, in that version's order.
        if (matchedBySimilarTitle(section) || !underOwnTitle(section, index)) continue;
        seen.add(section.id);
        ordered.push({ section, rank: rank.get(section.id) as number });
      }
      const keep = longestIncreasing(ordered.map((o) => o.rank));
      ordered.forEach((entry, i) => {
        if (keep.has(i)) return;
        // Where it belongs among the sections kept in order: after the last of lower rank and
        // before the first of higher rank. Name the neighbour it is on the wrong side of.
        const next = ordered.findIndex((other, j) => keep.has(j) && other.rank > entry.rank);
        const previous = ordered.findLastIndex(
          (other, j) => keep.has(j) && other.rank < entry.rank,
        );
        const [messageId, other] =
          next !== -1 && next < i
            ? (['expectedBefore', next] as const)
            : previous !== -1 && previous > i
              ? (['expectedAfter', previous] as const)
              : (['outOfOrder', -1] as const);
        report({
          messageId,
          data: { section: entry.section.title, other: ordered[other]?.section.title ?? '' },
          place: entry.section.place,
        });
      });
    }
  },
});

/** Whether a section's heading is its template section's own title (not an alias). */
function underOwnTitle(section: Section, index: TemplateIndex): boolean {
  const spec = section.id ? index.byId.get(section.id) : undefined;
  return spec !== undefined && titleKey(spec.title) === titleKey(section.title);
}

/** Indices of one longest strictly increasing subsequence (O(n log n)). */
function longestIncreasing(values: number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] as number] as number) < (values[i] as number)) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1] as number;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  let at = tails.length > 0 ? (tails[tails.length - 1] as number) : -1;
  while (at !== -1) {
    keep.add(at);
    at = previous[at] as number;
  }
  return keep;
}
