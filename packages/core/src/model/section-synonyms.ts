import { titleKey } from '../markdown/inline-text.js';

/**
 * Section names design documents use for the same part, across the templates designdoc has been
 * measured on (Go, Rust and React RFCs, Swift Evolution, MADR, KEPs, Google-style design docs):
 * one template's "Abstract" is another's "Summary", "Proposal" is "Design", "Rationale" is
 * "Alternatives considered". Used only where a template section is missing and such a heading
 * stands in its place (docs/template-spec.md, "How headings match sections"), so a word in
 * common elsewhere moves nothing.
 */
const GROUPS: readonly (readonly string[])[] = [
  [
    'abstract',
    'summary',
    'overview',
    'tl dr',
    'tldr',
    'executive summary',
    'synopsis',
    'introduction',
  ],
  [
    'background',
    'motivation',
    'context',
    'problem',
    'problem statement',
    'the problem',
    'context and problem statement',
    'introduction',
  ],
  [
    'proposal',
    'design',
    'detailed design',
    'proposed design',
    'proposed solution',
    'solution',
    'the proposal',
    'proposed change',
    'proposed changes',
    'approach',
    'proposed approach',
    'specification',
    'detailed proposal',
    'draft design',
    'api',
    'api changes',
    'new api',
  ],
  [
    'rationale',
    'alternatives',
    'alternatives considered',
    'alternative designs',
    'alternative approaches',
    'rationale and alternatives',
    'justification',
    'design rationale',
    'discussion',
  ],
  [
    'compatibility',
    'backwards compatibility',
    'backward compatibility',
    'source compatibility',
    'impact on existing code',
    'compatibility and migration',
    'migration',
  ],
  [
    'implementation',
    'implementation plan',
    'rollout',
    'rollout plan',
    'plan',
    'deployment',
    'deployment plan',
    'transition',
    'transition plan',
    'timeline',
    'schedule',
  ],
  [
    'open issues',
    'open questions',
    'unresolved questions',
    'unresolved issues',
    'outstanding questions',
    'questions',
  ],
  [
    'future work',
    'future directions',
    'future possibilities',
    'future considerations',
    'future extensions',
    'next steps',
  ],
  ['drawbacks', 'downsides', 'limitations', 'disadvantages', 'risks', 'cons', 'design constraints'],
  ['prior art', 'related work', 'prior work', 'comparison with other languages'],
  ['acknowledgments', 'acknowledgements', 'credits', 'thanks'],
  ['references', 'links', 'see also', 'further reading'],
  ['goals', 'objectives'],
  ['non goals', 'out of scope', 'non objectives'],
];

/** The groups each name is in ("introduction" opens both an abstract and a background). */
const GROUPS_OF = new Map<string, number[]>();
GROUPS.forEach((group, i) => {
  for (const name of group) GROUPS_OF.set(name, [...(GROUPS_OF.get(name) ?? []), i]);
});

/**
 * Titles named by their first word: "Proposed definition" and "Draft specification" are a
 * proposal, "Alternate proposals" and "Alternative syntax" the alternatives.
 */
const LEADING_WORDS: readonly [RegExp, string][] = [
  [/^(?:proposed|draft) \w/, 'proposal'],
  [/^(?:alternate|alternative|alternatives) \w/, 'alternatives'],
];

function groupsOf(title: string): number[] | undefined {
  const key = titleKey(title).replace(/^the /, '');
  const groups = GROUPS_OF.get(key);
  if (groups) return groups;
  const lead = LEADING_WORDS.find(([pattern]) => pattern.test(key));
  return lead ? GROUPS_OF.get(lead[1]) : undefined;
}

/** Whether a title says what it is by its first word ("Alternate proposals" are no proposal). */
export function namedByLeadingWord(title: string): boolean {
  const key = titleKey(title);
  return LEADING_WORDS.some(([pattern]) => pattern.test(key));
}

/** Whether two section titles name the same part of a design document in different words. */
export function synonymousTitles(a: string, b: string): boolean {
  const groupsA = groupsOf(a);
  const groupsB = groupsOf(b);
  return !!groupsA && !!groupsB && groupsA.some((group) => groupsB.includes(group));
}
