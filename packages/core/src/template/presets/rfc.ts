import { placeholderPatterns } from '../placeholders.js';
import type { TemplateSpec } from '../spec.js';

/**
 * The Rust RFC template (rust-lang/rfcs 0000-template.md). Equal to what `inferTemplate` makes
 * of that file, plus hand-written descriptions and aliases for the section names older RFCs
 * used ("Detailed design", "Alternatives", "How we teach this").
 */
export const rfc: TemplateSpec = {
  name: 'rfc',
  title: 'Rust RFC',
  description:
    'A Rust-style request for comments: summary, motivation, guide- and reference-level explanations, drawbacks, alternatives, prior art and open questions.',
  placeholders: placeholderPatterns(['date']),
  preamble: [
    {
      kind: 'fields',
      fields: [
        {
          label: 'Feature Name',
        },
        {
          label: 'Start Date',
        },
        {
          label: 'RFC PR',
        },
        {
          label: 'Rust Issue',
        },
      ],
    },
  ],
  preambleText: [
    'Feature Name: (fill me in with a unique ident, `my_awesome_feature`)',
    "Start Date: (fill me in with today's date, YYYY-MM-DD)",
    'RFC PR: [rust-lang/rfcs#0000](https://github.com/rust-lang/rfcs/pull/0000)',
    'Rust Issue: [rust-lang/rust#0000](https://github.com/rust-lang/rust/issues/0000)',
  ],
  sections: [
    {
      id: 'summary',
      title: 'Summary',
      aliases: ['Overview'],
      level: 2,
      description: 'One paragraph explanation of the feature.',
      content: [
        {
          kind: 'prose',
        },
      ],
      templateText: ['One paragraph explanation of the feature.'],
    },
    {
      id: 'motivation',
      title: 'Motivation',
      level: 2,
      description: 'Why are we doing this? What use cases does it support?',
      content: [
        {
          kind: 'prose',
        },
      ],
      templateText: [
        'Any changes to Rust should focus on solving a problem that users of Rust are having. This section should explain this problem in detail, including necessary background.',
        'It should also contain several specific use cases where this feature can help a user, and explain how it helps. This can then be used to guide the design of the feature.',
        'This section is one of the most important sections of any RFC, and can be lengthy.',
      ],
    },
    {
      id: 'guide-level-explanation',
      title: 'Guide-level explanation',
      aliases: ['How we teach this', 'How do we teach this'],
      level: 2,
      description: 'The proposal explained as if it were already part of the language.',
      content: [
        {
          kind: 'prose',
        },
        {
          kind: 'list',
        },
      ],
      templateText: [
        'Explain the proposal as if it was already included in the language and you were teaching it to another Rust programmer. That generally means:',
        'Introducing new named concepts.',
        'Explaining the feature largely in terms of examples.',
        'Explaining how Rust programmers should *think* about the feature, and how it should impact the way they use Rust. It should explain the impact as concretely as possible.',
        'If applicable, provide sample error messages, deprecation warnings, or migration guidance.',
        'If applicable, describe the differences between teaching this to existing Rust programmers and new Rust programmers.',
        'Discuss how this impacts the ability to read, understand, and maintain Rust code. Code is read and modified far more often than written; will the proposed feature make code easier to maintain?',
        'For implementation-oriented RFCs (e.g. for compiler internals), this section should focus on how compiler contributors should think about the change, and give examples of its concrete impact. For policy RFCs, this section should provide an example-driven introduction to the policy, and explain its impact in concrete terms.',
      ],
    },
    {
      id: 'reference-level-explanation',
      title: 'Reference-level explanation',
      aliases: ['Detailed design', 'Detailed description', 'Design'],
      level: 2,
      description: 'The technical detail: interactions, implementation, corner cases.',
      content: [
        {
          kind: 'prose',
        },
        {
          kind: 'list',
        },
      ],
      templateText: [
        'This is the technical portion of the RFC. Explain the design in sufficient detail that:',
        'Its interaction with other features is clear.',
        'It is reasonably clear how the feature would be implemented.',
        'Corner cases are dissected by example.',
        'The section should return to the examples given in the previous section, and explain more fully how the detailed proposal makes those examples work.',
      ],
    },
    {
      id: 'drawbacks',
      title: 'Drawbacks',
      level: 2,
      description: 'Why should we not do this?',
      content: [
        {
          kind: 'prose',
        },
      ],
      templateText: ['Why should we *not* do this?'],
    },
    {
      id: 'rationale-and-alternatives',
      title: 'Rationale and alternatives',
      aliases: ['Alternatives', 'Alternatives considered', 'Rationale'],
      level: 2,
      description: 'Why this design, what else was considered, and the cost of doing nothing.',
      content: [
        {
          kind: 'list',
        },
      ],
      templateText: [
        'Why is this design the best in the space of possible designs?',
        'What other designs have been considered and what is the rationale for not choosing them?',
        'What is the impact of not doing this?',
        'If this is a language proposal, could this be done in a library or macro instead? Does the proposed change make Rust code easier or harder to read, understand, and maintain?',
      ],
    },
    {
      id: 'prior-art',
      title: 'Prior art',
      level: 2,
      description: 'What other languages and communities have done, good and bad.',
      content: [
        {
          kind: 'prose',
        },
        {
          kind: 'list',
        },
      ],
      templateText: [
        'Discuss prior art, both the good and the bad, in relation to this proposal. A few examples of what this can include are:',
        'For language, library, cargo, tools, and compiler proposals: Does this feature exist in other programming languages and what experience have their community had?',
        'For community proposals: Is this done by some other community and what were their experiences with it?',
        'For other teams: What lessons can we learn from what other communities have done here?',
        'Papers: Are there any published papers or great posts that discuss this? If you have some relevant papers to refer to, this can serve as a more detailed theoretical background.',
        'This section is intended to encourage you as an author to think about the lessons from other languages, provide readers of your RFC with a fuller picture. If there is no prior art, that is fine - your ideas are interesting to us whether they are brand new or if it is an adaptation from other languages.',
        'Note that while precedent set by other languages is some motivation, it does not on its own motivate an RFC. Please also take into consideration that rust sometimes intentionally diverges from common language features.',
      ],
    },
    {
      id: 'unresolved-questions',
      title: 'Unresolved questions',
      aliases: ['Unresolved issues', 'Open questions'],
      level: 2,
      description: 'What is left to resolve before merging or stabilising.',
      content: [
        {
          kind: 'list',
        },
        {
          kind: 'questions',
          statuses: [],
        },
      ],
      templateText: [
        'What parts of the design do you expect to resolve through the RFC process before this gets merged?',
        'What parts of the design do you expect to resolve through the implementation of this feature before stabilization?',
        'What related issues do you consider out of scope for this RFC that could be addressed in the future independently of the solution that comes out of this RFC?',
      ],
    },
    {
      id: 'future-possibilities',
      title: 'Future possibilities',
      aliases: ['Future work', 'Future extensions'],
      level: 2,
      description: 'Natural extensions of the proposal.',
      content: [
        {
          kind: 'prose',
        },
      ],
      templateText: [
        'Think about what the natural extension and evolution of your proposal would be and how it would affect the language and project as a whole in a holistic way. Try to use this section as a tool to more fully consider all possible interactions with the project and language in your proposal. Also consider how this all fits into the roadmap for the project and of the relevant sub-team.',
        'This is also a good place to "dump ideas", if they are out of scope for the RFC you are writing but otherwise related.',
        'If you have tried and cannot think of any future possibilities, you may simply state that you cannot think of anything.',
        'Note that having something written down in the future-possibilities section is not a reason to accept the current or a future RFC; such notes should be in the section on motivation or rationale in this or subsequent RFCs. The section merely provides additional information.',
      ],
    },
  ],
};
