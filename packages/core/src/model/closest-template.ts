import { titleKey } from '../markdown/inline-text.js';
import type { SectionSpec, TemplateSpec } from '../template/spec.js';
import { indexTemplate } from '../template/template-index.js';
import { walkSections } from './extract.js';
import { parseDocument } from './parse.js';

/**
 * The template, of several a project keeps (Swift Evolution has one for the language, one for
 * the package manager and one for Swift Testing, all in one folder), that a document follows
 * best: the one with the most sections the document has by their own title or an alias that no
 * other listed template has (a package-manager proposal's "Security"), then the one whose title
 * shares the most words with the document's ("Package Manager Feature name" for "Package Manager
 * Tools Version"), then the one of whose own sections it has the larger share (a SwiftPM
 * proposal has both of its template's, Security and Impact on existing packages, and two of the
 * language template's six, Future directions and Acknowledgments), then the most
 * such sections in all, then the first listed. Similar titles do not count for the distinctive
 * sections: "Impact on existing code" is like both "Source compatibility" and "Impact on existing
 * packages". Parses the document once per template, so it is for lists of a few.
 */
export function closestTemplate(source: string, templates: readonly TemplateSpec[]): TemplateSpec {
  const titles = templates.map((template) => new Set(allTitles(template.sections)));
  let best = templates[0] as TemplateSpec;
  let bestScore = [-1, -1, -1, -1];
  const docTitle = titleWords(parseDocument(source, best).model.title ?? '');
  templates.forEach((template, i) => {
    const index = indexTemplate(template);
    const own = new Set<string>();
    for (const section of walkSections(parseDocument(source, template).model.sections)) {
      const spec = section.id ? index.byId.get(section.id) : undefined;
      const key = titleKey(section.title);
      if (spec && [spec.title, ...(spec.aliases ?? [])].some((t) => titleKey(t) === key))
        own.add(key);
    }
    const named = titleWords(template.title).filter((word) => docTitle.includes(word)).length;
    const distinctive = [...own].filter((key) =>
      titles.every((set, j) => j === i || !set.has(key)),
    );
    // Of the sections only this template has, the share the document has.
    const ownTitles = [...(titles[i] as Set<string>)].filter((key) =>
      titles.every((set, j) => j === i || !set.has(key)),
    );
    const share = distinctive.length / Math.max(1, ownTitles.length);
    const score = [distinctive.length, named, share, own.size];
    const better = score.findIndex((value, k) => value !== bestScore[k]);
    if (better !== -1 && (score[better] as number) > (bestScore[better] as number)) {
      best = template;
      bestScore = score;
    }
  });
  return best;
}

/** The words of a title that name something: "Package Manager Feature name" → package, manager. */
function titleWords(title: string): string[] {
  return titleKey(title)
    .split(' ')
    .filter((word) => word.length >= 4 && !GENERIC_TITLE_WORDS.has(word));
}

const GENERIC_TITLE_WORDS = new Set(['feature', 'name', 'title', 'proposal', 'template', 'short']);

function allTitles(sections: readonly SectionSpec[]): string[] {
  return sections.flatMap((s) => [
    titleKey(s.title),
    ...(s.aliases ?? []).map(titleKey),
    ...allTitles(s.sections ?? []),
  ]);
}
