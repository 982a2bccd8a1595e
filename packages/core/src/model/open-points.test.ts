import { describe, expect, it } from 'vitest';
import { getPreset } from '../template/presets/index.js';
import { parseDocument } from './parse.js';

const questions = (markdown: string) =>
  parseDocument(markdown, getPreset('tdd')).model.extracts.openQuestions.map((q) => [
    q.text,
    q.note,
    q.place.start.line,
  ]);

describe('open points a document marks in its text', () => {
  it('reads the sentence that holds a marker, across the lines it is wrapped over', () => {
    expect(
      questions(
        '# T\n\n## Overview\n\nThe service replaces the monolith. The\nrollout plan is TBD; ask the team.\nIt ships in May.\n',
      ),
    ).toEqual([['The rollout plan is TBD; ask the team.', '', 6]]);
  });

  it('names the owner a TODO gives and drops the marker from the text', () => {
    expect(questions('# T\n\n## Overview\n\n- TODO(jane): pick a region.\n')).toEqual([
      ['pick a region.', 'jane', 5],
    ]);
  });

  it('reads an unresolved block as one question, over several lines', () => {
    expect(
      questions(
        '# T\n\n## Overview\n\n<<[UNRESOLVED @sig-node]>>\nWhich probe decides readiness?\n<<[/UNRESOLVED]>>\n',
      ),
    ).toEqual([['Which probe decides readiness?', '@sig-node', 5]]);
  });

  it('leaves markers in code, inline code, headings and table cells alone', () => {
    expect(
      questions(
        '# T\n\n## Overview\n\nRun `make TODO` first.\n\n```\n// TODO: tidy\n```\n\n## Key Design Decisions\n\n| Decision | Rationale | Trade-offs |\n|---|---|---|\n| Kafka | Durable | TBD |\n',
      ),
    ).toEqual([]);
  });
});
