import { defineRule } from '../lint/rule.js';
import { matchedBySimilarTitle } from '../model/match-similar-sections.js';
import type { Section } from '../model/schema.js';
import { siblingGroups } from './section-tools.js';

/**
 * Template sections appear in template order. The sections outside the longest run that is
 * already in order are reported, so one moved section gives one finding, not a cascade.
 */
export const sectionOrder = defineRule({
  meta: {
    id: 'section-order',
    description: 'Sections appear in the order the template gives them.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  defaultOptions: {},
  check({ doc, report }) {
    for (const group of siblingGroups(doc.model.sections, doc.template)) {
      const rank = new Map(group.expected.map((spec, i) => [spec.id, i]));
      const seen = new Set<string>();
      const ordered: { section: Section; rank: number }[] = [];
      for (const section of group.sections) {
        if (!section.id || seen.has(section.id) || !rank.has(section.id)) continue;
        // A section under an older name follows the older template's order, not this one's.
        if (matchedBySimilarTitle(section)) continue;
        seen.add(section.id);
        ordered.push({ section, rank: rank.get(section.id) as number });
      }
      const keep = longestIncreasing(ordered.map((o) => o.rank));
      ordered.forEach((entry, i) => {
        if (keep.has(i)) return;
        const next = ordered.find((other, j) => keep.has(j) && other.rank > entry.rank);
        const previous = [...ordered]
          .reverse()
          .find((other, j) => keep.has(ordered.length - 1 - j) && other.rank < entry.rank);
        const hint = next
          ? `expected before “${next.section.title}”`
          : previous
            ? `expected after “${previous.section.title}”`
            : 'expected elsewhere';
        report({
          message: `Section “${entry.section.title}” is out of order, ${hint}`,
          place: entry.section.place,
        });
      });
    }
  },
});

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
