import type { PlaceholderSpec } from './spec.js';

/**
 * Placeholder patterns every inferred template starts with: bracketed and braced template
 * text (not links), the usual markers, and the template's date and number stand-ins.
 */
export const DEFAULT_PLACEHOLDERS: PlaceholderSpec[] = [
  {
    id: 'bracket',
    pattern:
      '\\[(?<![!\\]\\\\\\w]\\[)(?![ xX]\\]|[\\^!]|\\d+\\]|\\.\\.\\.\\]|…\\])[^\\[\\]\\n]{1,300}\\](?![(\\[:])',
    requires: ['['],
    description: 'Bracketed template text such as [Goal 1] that is not a link.',
  },
  {
    id: 'brace',
    pattern: '\\{(?<![\\\\$\\w]\\{)[A-Za-z][^{}\\n\\\\]{0,300}\\}',
    requires: ['{'],
    description: 'Braced template text such as {service name}.',
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
