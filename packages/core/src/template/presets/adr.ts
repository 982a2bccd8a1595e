import { placeholderPatterns } from '../placeholders.js';
import type { TemplateSpec } from '../spec.js';

/**
 * A MADR-style architecture decision record (MADR 4: adr.github.io/madr). Only the problem,
 * the options and the outcome are required, as in MADR's minimal template; the rest is optional.
 * MADR's statuses (`proposed`, `accepted`, `superseded by ADR-0123`, …) are its vocabulary.
 */
export const adr: TemplateSpec = {
  name: 'adr',
  title: 'Architecture Decision Record',
  description:
    'A MADR-style decision record: the problem, the options considered, the decision and its consequences.',
  documentTitle: { level: 1 },
  frontMatter: { extraKeys: ['date', 'decision-makers', 'consulted', 'informed'] },
  status: {
    values: [
      { value: 'proposed', lifecycle: 'in-review' },
      { value: 'rejected', lifecycle: 'rejected' },
      { value: 'accepted', lifecycle: 'approved' },
      { value: 'deprecated', lifecycle: 'deprecated' },
      { value: 'superseded by ADR-NNNN', lifecycle: 'superseded' },
    ],
  },
  placeholders: placeholderPatterns(['bracket', 'brace', 'date', 'number']),
  sections: [
    {
      id: 'context-and-problem-statement',
      title: 'Context and Problem Statement',
      aliases: ['Context', 'Problem Statement'],
      level: 2,
      description: 'The context and the problem, in two or three sentences or as a question.',
      content: [{ kind: 'prose' }],
      templateText: [
        'Describe the context and problem statement, e.g., in free form using two to three sentences or in the form of an illustrative story.',
        'You may want to articulate the problem in form of a question and add links to collaboration boards or issue management systems.',
      ],
    },
    {
      id: 'decision-drivers',
      title: 'Decision Drivers',
      level: 2,
      required: false,
      description: 'The forces and concerns that shape the decision.',
      content: [{ kind: 'list' }],
    },
    {
      id: 'considered-options',
      title: 'Considered Options',
      level: 2,
      description: 'Every option that was considered, one per bullet.',
      content: [{ kind: 'list' }],
    },
    {
      id: 'decision-outcome',
      title: 'Decision Outcome',
      level: 2,
      description: 'Chosen option: "…", because …',
      content: [{ kind: 'prose' }],
      templateText: [
        'Chosen option: "{title of option 1}", because {justification. e.g., only option, which meets k.o. criterion decision driver | which resolves force {force} | … | comes out best (see below)}.',
      ],
      sections: [
        {
          id: 'consequences',
          title: 'Consequences',
          level: 3,
          required: false,
          description: 'Good, because … / Bad, because …',
          content: [{ kind: 'list' }],
        },
        {
          id: 'confirmation',
          title: 'Confirmation',
          level: 3,
          required: false,
          description:
            'How compliance with the decision is confirmed (review, test, fitness function).',
          content: [{ kind: 'prose' }],
        },
      ],
    },
    {
      id: 'pros-and-cons-of-the-options',
      title: 'Pros and Cons of the Options',
      level: 2,
      required: false,
      allowUnknownSections: true,
      description:
        'One subsection per option: Good, because … / Neutral, because … / Bad, because …',
    },
    {
      id: 'more-information',
      title: 'More Information',
      level: 2,
      required: false,
      description: 'Evidence, the team agreement, links to related decisions and when to revisit.',
      content: [{ kind: 'prose' }],
    },
  ],
};
