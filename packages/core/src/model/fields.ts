import type { Block, ListItem } from '../markdown/blocks.js';
import { titleKey } from '../markdown/inline-text.js';
import type { LineIndex, Place } from '../markdown/position.js';
import type { FieldSpec } from '../template/spec.js';

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
 * The key two field labels are compared by: as titles are, and also singular or plural, with or
 * without "(s)", so "Author", "Authors" and "Author(s)" are one label.
 */
export function labelKey(label: string): string {
  return titleKey(label.replace(/\(s\)/gi, ''))
    .split(' ')
    .map((word) =>
      word.length > 3 && word.endsWith('ies')
        ? `${word.slice(0, -3)}y`
        : word.length > 3 && word.endsWith('s') && !word.endsWith('ss')
          ? word.slice(0, -1)
          : word,
    )
    .join(' ');
}

/**
 * Fields of a list: bold-labelled items always, plain `Label: value` items only when the label
 * is one the template names (so a sentence with a colon is not mistaken for a field). With
 * `paragraphs`, `Label: value` lines of paragraphs count too (a header written as lines, as Go
 * design documents write `Author: …`), again only for labels the template names.
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
        const field = parseField(text.trim(), knownKeys);
        if (!field || BOLD_LABEL.test(text.trim())) return;
        const line = block.place.start.line + i;
        fields.push(fieldAt(field, lines, line, lines.lines(line, line)));
      });
    }
    if (block.type !== 'list') continue;
    for (const item of block.items) {
      const field = parseField(item.text, knownKeys);
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

function parseField(text: string, knownKeys: Set<string>): { label: string; value: string } | null {
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
  if (plain && knownKeys.has(labelKey(plain[1] ?? ''))) {
    return { label: (plain[1] ?? '').trim(), value: text.slice(plain[0].length).trim() };
  }
  return null;
}
