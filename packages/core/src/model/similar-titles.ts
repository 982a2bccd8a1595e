import { DocumentTextCache } from '../markdown/detached.js';
import { titleKey } from '../markdown/inline-text.js';
import type { SectionSpec } from '../template/spec.js';
import { namedByLeadingWord, synonymousTitles } from './section-synonyms.js';

/**
 * Whether a heading names a template section in other words. Documents outlive their
 * templates: a Rust RFC from 2015 says "Detailed design" where today's template says
 * "Reference-level explanation", a Swift proposal says "Acknowledgements" or "Alternatives"
 * for "Acknowledgments" or "Alternatives considered". The score, from strongest: every
 * significant word of the heading (stemmed, so "Detailed" is "detail") is in the section's
 * title, or the other way round (4); all are in its title and guidance, one at least in the title
 * (3), or the two are names design documents use for the same part ("Summary" and "Abstract",
 * "Design" and "Proposal": section-synonyms.ts) (3); one is in the title and at least half in
 * title and guidance (2); a heading of one or two
 * words all in the guidance, or both titles of the "Effect on …" kind (1); else 0. Callers only ask where the template puts the missing
 * section (between the sections around it), so a word in common elsewhere never moves one.
 */
export function similarity(heading: string, spec: SectionSpec): number {
  if ([spec.title, ...(spec.aliases ?? [])].some((title) => synonymousTitles(heading, title)))
    return 3;
  // Its first word decides: "Alternate proposals" is not the proposal, whatever else it says.
  if (namedByLeadingWord(heading)) return 0;
  const words = significantWords(heading);
  if (words.length === 0) return 0;
  const titleWords = new Set(
    [spec.title, ...(spec.aliases ?? [])].flatMap((title) => significantWords(title)),
  );
  if (words.every((w) => titleWords.has(w))) return 4;
  const specTitle = significantWords(spec.title);
  if (specTitle.length > 0 && specTitle.every((w) => words.includes(w))) return 4;
  const guidance = guidanceWords(spec);
  const inTitle = words.filter((w) => titleWords.has(w)).length;
  const found = words.filter((w) => titleWords.has(w) || guidance.has(w)).length;
  if (found === words.length && inTitle > 0) return 3;
  // "Proposed Approach" for "Proposed solution", "Effect on ABI stability" for "ABI compatibility".
  if (inTitle > 0 && found * 2 >= words.length) return 2;
  // Guidance alone does not say which of several sections it is (the words of "Impact on
  // existing code" fill the guidance of three Swift sections): callers then take the earliest
  // missing one, where a renamed section kept its place.
  // ...and one word at least must say something (5 letters: "teach", "detail", not "use").
  if (found === words.length && words.length <= 2 && words.some((w) => w.length >= 5)) return 1;
  // "Effect on API resilience" where the template now says "Implications on adoption": both
  // name what the proposal does to something, in the one frame such sections share.
  if (
    IMPACT_FRAME.test(heading) &&
    [spec.title, ...(spec.aliases ?? [])].some((t) => IMPACT_FRAME.test(t))
  )
    return 1;
  return 0;
}

/** "Effect on …", "Impact on …", "Implications for …", "Consequences of …". */
const IMPACT_FRAME = /^\s*(?:effects?|impacts?|implications?|consequences?)\s+(?:on|of|for)\s/i;

const STOP_WORDS = new Set(
  'a an and are as at be by do does for from how in is it its of on or our the this that to vs versus we what when why with effect effects impact impacts note notes other general additional more'.split(
    ' ',
  ),
);

const SUFFIXES = [
  'ational',
  'izations',
  'ization',
  'ations',
  'ation',
  'tions',
  'tion',
  'ements',
  'ement',
  'ments',
  'ment',
  'ings',
  'ing',
  'ions',
  'ion',
  'ies',
  'ied',
  'es',
  'ed',
  'ly',
  's',
  'e',
];

/** A word without its usual English ending: "detailed" → "detail", "teaching" → "teach". */
export function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) {
      return word.slice(0, -suffix.length) + (suffix === 'ies' || suffix === 'ied' ? 'y' : '');
    }
  }
  return word;
}

const wordCache = new DocumentTextCache<string[]>(10_000);

/** The stemmed words of a title that carry its meaning (titles repeat: cached). */
function significantWords(text: string): string[] {
  return wordCache.get(text, wordsOf);
}

function wordsOf(text: string): string[] {
  return titleKey(text)
    .split(' ')
    .filter((w) => /\p{L}.*\p{L}/u.test(w) && !STOP_WORDS.has(w))
    .map(stem);
}

const guidanceCache = new WeakMap<SectionSpec, Set<string>>();

/** The words of a section's guidance (its description and template text). */
function guidanceWords(spec: SectionSpec): Set<string> {
  let words = guidanceCache.get(spec);
  if (!words) {
    const text = [spec.description ?? '', ...(spec.templateText ?? [])].join(' ').slice(0, 4000);
    words = new Set(wordsOf(text));
    guidanceCache.set(spec, words);
  }
  return words;
}

/**
 * Whether a heading that joins two names ("Drawbacks and alternatives", "Drawbacks /
 * Alternatives") names a section in one of its parts, by the section's title, an alias or a name
 * design documents use for it: such a heading holds both sections.
 */
export function namesInPart(heading: string, spec: SectionSpec): boolean {
  const parts = heading.split(/\s+(?:and|&)\s+|\s*\/\s*/i);
  if (parts.length < 2) return false;
  const titles = [spec.title, ...(spec.aliases ?? [])];
  return parts.some((part) =>
    titles.some((title) => titleKey(part) === titleKey(title) || synonymousTitles(part, title)),
  );
}
