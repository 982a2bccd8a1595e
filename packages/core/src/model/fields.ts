import type { Block, ListItem } from '../markdown/blocks.js';
import { DocumentTextCache } from '../markdown/detached.js';
import { titleKey } from '../markdown/inline-text.js';
import type { LineIndex, Place } from '../markdown/position.js';
import type { FieldSpec } from '../template/spec.js';
import { stem } from './similar-titles.js';

/** A labelled bullet: `- **Authentication**: OAuth2 …` → {label: "Authentication", value: "OAuth2 …"}. */
export interface Field {
  label: string;
  value: string;
  place: Place;
  /** Place of the value text (empty place right after the label when the value is empty). */
  valuePlace: Place;
  /** For a checklist item (`- [x] Tests pass`): whether it is ticked. */
  checked?: boolean;
}

const BOLD_LABEL = /^(\*\*|__)(.+?)\1\s*:?\s*|^(\*\*|__)(.+?):\3\s*/;
const PLAIN_LABEL = /^([^:*_`[\]]{1,60}):\s*/;

/**
 * The key two field labels are compared by: as titles are, word by word without endings, so
 * "Author", "Authors" and "Author(s)" are one label, and so are "Last update" and "Last updated".
 */
export function labelKey(label: string): string {
  return labelKeys.get(label, (text) =>
    titleKey(text.replace(/\(s\)/gi, '')).split(' ').map(stem).join(' '),
  );
}

/** Labels repeat from document to document (the template's, and the headers' own). */
const labelKeys = new DocumentTextCache<string>(5_000);

/** Labels of a document's date: `Date`, `Updated`, `Last updated`, `Last modified`. */
const DATE_LABELS = new Set(
  ['date', 'updated', 'last updated', 'last update', 'last modified', 'modified'].map((label) =>
    label.split(' ').map(stem).join(' '),
  ),
);

/**
 * Whether a label written in a document is one of the labels a template names: the same key, or
 * all of its words in a template label with at least one that says something ("Updated" for
 * "Last updated"; a bare "Date" is not "Start Date").
 */
export function labelMatches(
  written: string,
  keys: ReadonlySet<string>,
  { header = false }: { header?: boolean } = {},
): boolean {
  const key = labelKey(written);
  if (keys.has(key)) return true;
  if (header && headNounMatch(key, keys) !== undefined) return true;
  // A header's date goes by several names.
  if (DATE_LABELS.has(key) && [...keys].some((known) => DATE_LABELS.has(known))) return true;
  const words = key.split(' ');
  if (!words.some((w) => w.length >= 5)) return false;
  for (const known of keys) {
    const knownWords = known.split(' ');
    if (words.every((w) => knownWords.includes(w))) return true;
  }
  return false;
}

/**
 * In a document header, a label of two words or more names the one template label that ends in
 * the same noun, when no other does: "Tracking Issue" for "Rust Issue", "eRFC PR" for "RFC PR",
 * "Previous Review" for "Review". Headers name their links by what they link to, and projects
 * rename the qualifier. Returns the template label's key.
 */
export function headNounMatch(key: string, keys: Iterable<string>): string | undefined {
  const words = key.split(' ');
  if (words.length < 2) return undefined;
  const noun = words[words.length - 1] as string;
  let found: string | undefined;
  for (const known of keys) {
    if (known.split(' ').at(-1) !== noun) continue;
    if (found !== undefined && found !== known) return undefined;
    found = known;
  }
  return found;
}

/**
 * Fields of a list: bold-labelled items always, plain `Label: value` items only when the label
 * is one the template names (so a sentence with a colon is not mistaken for a field). With
 * `paragraphs` (a document header), `Label: value` lines of paragraphs count too (a header
 * written as lines, as Go design documents write `Author: …`), again only for labels the template
 * names, a header's way included (`headNounMatch`).
 */
export function extractFields(
  blocks: Block[],
  lines: LineIndex,
  known: FieldSpec[] = [],
  { paragraphs = false }: { paragraphs?: boolean } = {},
): Field[] {
  const knownKeys = new Set<string>();
  for (const spec of known) {
    knownKeys.add(labelKey(spec.label));
    for (const alias of spec.aliases ?? []) knownKeys.add(labelKey(alias));
  }
  const fields: Field[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph' && paragraphs && knownKeys.size > 0) {
      block.text.split('\n').forEach((text, i) => {
        const field = parseField(text.trim(), knownKeys, paragraphs);
        if (!field || BOLD_LABEL.test(text.trim())) return;
        const line = block.place.start.line + i;
        fields.push(fieldAt(field, lines, line, lines.lines(line, line)));
      });
    }
    if (block.type !== 'list') continue;
    for (const item of block.items) {
      const field = parseField(item.text, knownKeys, paragraphs);
      if (field) fields.push(fieldAt(field, lines, item.textLine, item.place));
    }
  }
  return fields;
}

/** The items of a section's checklists (`- [ ] …`, nested ones included) as fields. */
export function extractChecklist(blocks: Block[], lines: LineIndex): Field[] {
  const fields: Field[] = [];
  const visit = (items: ListItem[]) => {
    for (const item of items) {
      if (item.checked !== undefined) {
        const field = fieldAt(
          { label: item.text.trim(), value: '' },
          lines,
          item.textLine,
          item.place,
        );
        field.checked = item.checked;
        fields.push(field);
      }
      for (const child of item.children) if (child.type === 'list') visit(child.items);
    }
  };
  for (const block of blocks) if (block.type === 'list') visit(block.items);
  return fields;
}

function fieldAt(
  field: { label: string; value: string },
  lines: LineIndex,
  line: number,
  place: Place,
): Field {
  const lineText = lines.lineText(line);
  const valueColumn = Math.max(1, lineText.indexOf(field.value.split('\n')[0] ?? '') + 1);
  const valueStart = field.value === '' ? lineText.length + 1 : valueColumn;
  return {
    label: field.label,
    value: field.value,
    place,
    valuePlace: { start: lines.point(line, valueStart), end: place.end },
  };
}

function parseField(
  text: string,
  knownKeys: Set<string>,
  header: boolean,
): { label: string; value: string } | null {
  const bold = BOLD_LABEL.exec(text);
  if (bold) {
    const label = (bold[2] ?? bold[4] ?? '').replace(/:$/, '').trim();
    if (label === '') return null;
    const rest = text.slice(bold[0].length);
    const hadColon = bold[0].includes(':');
    if (!hadColon && rest !== '' && !/^[-–—]\s/.test(rest)) return null;
    return { label, value: rest.replace(/^[-–—]\s+/, '').trim() };
  }
  if (knownKeys.size === 0) return null;
  const plain = PLAIN_LABEL.exec(text);
  if (plain && labelMatches(plain[1] ?? '', knownKeys, { header })) {
    return { label: (plain[1] ?? '').trim(), value: text.slice(plain[0].length).trim() };
  }
  return null;
}

const MONTH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
/** A line that is a date: `2019-03-06`, `March 6, 2019`, `July 2015`. */
const DATE_LINE = new RegExp(
  `^(?:\\d{4}-\\d{2}-\\d{2}|(?:\\d{1,2}\\s+)?${MONTH.source}\\.?\\s+(?:\\d{1,2},?\\s+)?\\d{4})\\.?$`,
  'i',
);

/** A byline line that credits others: "based on work by …", "with help from …". */
const CREDIT =
  /^(?:based on (?:the )?(?:work|ideas|a proposal|an idea) (?:of|by)|with help from|with input from|thanks to)\s+/i;

/** "written by Ann Lee", "authored by Ann Lee and Bo Chen": the names, capitalised words each. */
const NAME = "[A-Z][\\w'’-]*(?:\\s+(?:[A-Z]\\.|[A-Z][\\w'’-]*)){1,3}";
const WRITTEN_BY = new RegExp(
  `\\b(?:written|authored|drafted|prepared) by (${NAME}(?:(?:,\\s*(?:and\\s+)?|\\s+and\\s+)${NAME})*)`,
);

/**
 * Header fields a document gives as a byline under its title instead of `Label: value` lines:
 * lines of a few capitalised words (`Russ Cox\`, `Robert Griesemer`) name the authors, and a line
 * that is a date the date; in a first paragraph that is prose, "written by …" names them. They stand for the template's header fields whose label says author,
 * or updated or date, when the document does not write those fields itself.
 */
export function bylineFields(
  blocks: Block[],
  lines: LineIndex,
  known: FieldSpec[],
  found: readonly Field[],
): Field[] {
  const byline = blocks.find((block) => block.type === 'paragraph');
  if (byline?.type !== 'paragraph') return [];
  // A link or address line (`golang.org/s/go13compiler`, `([comments](…))`) goes with a byline.
  const texts = byline.text
    .split('\n')
    .map((line) => line.replace(/\\$/, '').trim())
    .filter((line) => !/^\(|\]\(|^[\w.-]+\.[a-z]{2,}\/\S*$/.test(line));
  const isName = (text: string) =>
    /^[A-Z][\w.'’-]*(?:\s+[A-Za-z][\w.'’-]*){0,4}$/.test(text) && !DATE_LINE.test(text);
  let names: string[];
  let date: string | undefined;
  // "based on work by Keith Rarick" under the author's name credits someone else.
  const credit = (text: string) => isName(text.replace(CREDIT, ''));
  if (
    texts.every((text) => isName(text) || DATE_LINE.test(text) || credit(text)) &&
    texts.some(isName)
  ) {
    names = texts.filter(isName);
    date = texts.find((text) => DATE_LINE.test(text));
  } else {
    // A byline in a sentence: "This is a proposal …, written by Ian Lance Taylor in March, 2011."
    const said = WRITTEN_BY.exec(byline.text.replace(/\s+/g, ' '));
    if (!said) return [];
    names = (said[1] as string).split(/,\s*(?:and\s+)?|\s+and\s+/);
  }
  const has = (spec: FieldSpec) => {
    const keys = new Set([spec.label, ...(spec.aliases ?? [])].map(labelKey));
    return found.some((field) => keys.has(labelKey(field.label)));
  };
  const fields: Field[] = [];
  const line = byline.place.start.line;
  for (const spec of known) {
    if (has(spec)) continue;
    const key = labelKey(spec.label);
    const value = /\bauthor/.test(key)
      ? names.join(', ')
      : /\b(?:updat|date)/.test(key)
        ? (date ?? '')
        : '';
    if (value !== '') fields.push(fieldAt({ label: spec.label, value }, lines, line, byline.place));
  }
  return fields;
}
