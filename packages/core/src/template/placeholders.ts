import type { PlaceholderSpec } from './spec.js';

/**
 * The placeholder patterns designdoc knows: bracketed and braced template text (not links,
 * footnotes, task boxes, `${VAR}`, URL path parameters such as `/v1/{id}`), the usual
 * markers, and the date and number stand-ins. An inferred spec takes the ones its template
 * actually uses (see `inferPlaceholders`); `marker` is for specs written by hand, since a TBD in a
 * document is an open point, which the model records as an open question.
 */
export const PLACEHOLDER_PATTERNS: readonly PlaceholderSpec[] = [
  {
    id: 'bracket',
    pattern:
      '\\[(?<![!\\]\\\\\\w]\\[)(?![ xX]\\]|[\\^!]|\\d+\\]|\\.\\.\\.\\]|…\\])[^\\[\\]\\n]{1,300}\\](?![(\\[:])',
    requires: ['['],
    description: 'Bracketed template text such as [Goal 1] that is not a link.',
  },
  {
    id: 'brace',
    pattern: '\\{(?<![\\\\$\\w/=]\\{)[A-Za-z][^{}\\n\\\\]{0,300}\\}',
    requires: ['{'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the text names a shell variable
    description: 'Braced template text such as {service name} (not ${VAR} or a path parameter).',
  },
  {
    id: 'marker',
    pattern: '\\b(?:TBD|TODO|FIXME|XXX)\\b',
    requires: ['TBD', 'TODO', 'FIXME', 'XXX'],
    description: 'TBD, TODO, FIXME and XXX markers.',
  },
  {
    id: 'date',
    pattern: '\\byyyy-mm-dd\\b',
    flags: 'i',
    requires: ['yyyy', 'YYYY', 'Yyyy'],
    description: 'A date left as yyyy-mm-dd.',
  },
  {
    id: 'number',
    pattern: '\\bNNNN\\b',
    requires: ['NNNN'],
    description: 'A number left as NNNN.',
  },
];

/** Copies of the known patterns with these ids, in the order above. */
export function placeholderPatterns(ids: readonly string[]): PlaceholderSpec[] {
  return PLACEHOLDER_PATTERNS.filter((p) => ids.includes(p.id)).map((p) => ({ ...p }));
}
