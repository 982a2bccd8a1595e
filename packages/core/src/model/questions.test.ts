import { describe, expect, it } from 'vitest';
import { getPreset } from '../template/presets/index.js';
import { parseDocument } from './parse.js';
import { parseQuestion, settledQuestionStatuses } from './questions.js';

const VOCABULARY = ['Open', 'In Progress', 'Resolved'];
const read = (text: string) => {
  const { text: question, status, statusText, note } = parseQuestion(text, VOCABULARY);
  return { question, status, statusText, note };
};

describe('parseQuestion', () => {
  it('splits the question, its status and the note after it', () => {
    expect(read('Shard by tenant? - Status: Resolved (per tenant)')).toEqual({
      question: 'Shard by tenant?',
      status: 'Resolved',
      statusText: 'Resolved',
      note: '(per tenant)',
    });
  });

  it('spells the status as the vocabulary does, whatever the case or emphasis', () => {
    expect(read('A? (status: in progress)')).toMatchObject({
      question: 'A?',
      status: 'In Progress',
      statusText: 'in progress',
    });
    expect(read('B? **Status**: OPEN')).toMatchObject({ status: 'Open', statusText: 'OPEN' });
  });

  it('keeps a status outside the vocabulary as written, with no canonical spelling', () => {
    expect(read('Bar, status: wontfix')).toMatchObject({
      question: 'Bar',
      status: null,
      statusText: 'wontfix',
    });
  });

  it('gives the whole text and no status when the item names none', () => {
    expect(read('  Who owns the cache?  ')).toEqual({
      question: 'Who owns the cache?',
      status: null,
      statusText: null,
      note: '',
    });
  });

  it('points at the status in the item text, for places and fixes', () => {
    const text = 'Shard by tenant? - Status: Resolved';
    const { statusOffset } = parseQuestion(text, VOCABULARY);
    expect(text.slice(statusOffset)).toBe('Resolved');
  });
});

describe('settledQuestionStatuses', () => {
  it('are the last status of each vocabulary and the usual closing words', () => {
    expect([...settledQuestionStatuses(getPreset('tdd'))].sort()).toEqual([
      'answered',
      'closed',
      'decided',
      'done',
      'resolved',
    ]);
    const own = settledQuestionStatuses({
      ...getPreset('tdd'),
      sections: [
        {
          id: 'questions',
          title: 'Questions',
          level: 2,
          content: [{ kind: 'questions', statuses: ['Asked', 'Answered', 'Shipped'] }],
        },
      ],
    });
    expect(own.has('shipped')).toBe(true);
    expect(own.has('asked')).toBe(false);
  });
});

describe('open questions in the extracts', () => {
  it('read each item of a questions section, and no “None”', () => {
    const doc = parseDocument(
      '# T\n\n## Open Questions\n\n- Burst? - Status: Open\n- Fail open? - Status: resolved (open)\n- None\n',
      getPreset('tdd'),
    );
    expect(
      doc.model.extracts.openQuestions.map((q) => [q.text, q.status, q.note, q.section]),
    ).toEqual([
      ['Burst?', 'Open', '', 'open-questions'],
      ['Fail open?', 'Resolved', '(open)', 'open-questions'],
    ]);
  });

  it('read paragraphs that ask, where the template lists no statuses (an RFC)', () => {
    const doc = parseDocument(
      '# T\n\n## Unresolved questions\n\n- Range patterns?\n\nHow are errors reported?\n\nA remark.\n',
      getPreset('rfc'),
    );
    expect(doc.model.extracts.openQuestions.map((q) => [q.text, q.status])).toEqual([
      ['Range patterns?', null],
      ['How are errors reported?', null],
    ]);
  });
});
