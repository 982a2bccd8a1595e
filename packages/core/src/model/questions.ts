import { titleKey } from '../markdown/inline-text.js';
import type { SectionSpec, TemplateSpec } from '../template/spec.js';

/** An open question with the status its author gave it. */
export interface ParsedQuestion {
  text: string;
  /** The status as written, or null when the item names none. */
  statusText: string | null;
  /** The status spelled as the template's vocabulary spells it, or null if it is not in it. */
  status: string | null;
  /** Text after the status, e.g. "(decided: per tenant)". */
  note: string;
  /** Offset of the status text within the item text (for precise places and fixes). */
  statusOffset: number;
}

const STATUS =
  /(?:^|[\s([{,;—–-])\**status\**\s*[:=]\s*\**\s*([a-z][a-z ._-]*?)\s*\**\s*(?=$|[()[\].,;:—–]|\s[-–—(])/i;

/**
 * Split a question list item into the question and its status: "Shard by tenant? - Status:
 * Resolved (per tenant)". The vocabulary match is case- and
 * punctuation-insensitive; `status` is then the vocabulary's own spelling.
 */
export function parseQuestion(text: string, vocabulary: readonly string[]): ParsedQuestion {
  const canonical = (raw: string): string | null => {
    const key = titleKey(raw);
    return vocabulary.find((status) => titleKey(status) === key) ?? null;
  };
  const labelled = STATUS.exec(text);
  if (labelled) {
    const statusText = labelled[1] ?? '';
    const startOfMatch = labelled.index + (/^[\s([{,;—–-]/.test(labelled[0]) ? 1 : 0);
    const statusOffset =
      labelled.index + labelled[0].indexOf(statusText, labelled[0].search(/[:=]/));
    const question = text
      .slice(0, startOfMatch)
      .replace(/[\s([{,;—–-]+$/, '')
      .trim();
    const note = text
      .slice(statusOffset + statusText.length)
      .replace(/^[\s*)\]]+/, '')
      .trim();
    return { text: question, statusText, status: canonical(statusText), note, statusOffset };
  }
  return { text: text.trim(), statusText: null, status: null, note: '', statusOffset: -1 };
}

/**
 * Statuses (lower case) that settle a question: the last status of each of the template's question
 * vocabularies (Open / In Progress / Resolved → Resolved) and the usual closing words.
 */
export function settledQuestionStatuses(template: TemplateSpec): Set<string> {
  const settled = new Set(['resolved', 'closed', 'done', 'answered', 'decided']);
  const walk = (sections: SectionSpec[]) => {
    for (const section of sections) {
      for (const content of section.content ?? []) {
        const last = content.kind === 'questions' ? content.statuses.at(-1) : undefined;
        if (last) settled.add(last.toLowerCase());
      }
      walk(section.sections ?? []);
    }
  };
  walk(template.sections);
  return settled;
}
