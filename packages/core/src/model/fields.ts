import type { Block } from '../markdown/blocks.js';
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
}

const BOLD_LABEL = /^(\*\*|__)(.+?)\1\s*:?\s*|^(\*\*|__)(.+?):\3\s*/;
const PLAIN_LABEL = /^([^:*_`[\]]{1,60}):\s*/;

/**
 * Fields of a list: bold-labelled items always, plain `Label: value` items only when the label
 * is one the template names (so a sentence with a colon is not mistaken for a field).
 */
export function extractFields(blocks: Block[], lines: LineIndex, known: FieldSpec[] = []): Field[] {
  const knownKeys = new Set<string>();
  for (const spec of known) {
    knownKeys.add(titleKey(spec.label));
    for (const alias of spec.aliases ?? []) knownKeys.add(titleKey(alias));
  }
  const fields: Field[] = [];
  for (const block of blocks) {
    if (block.type !== 'list') continue;
    for (const item of block.items) {
      const field = parseField(item.text, knownKeys);
      if (!field) continue;
      const lineText = lines.lineText(item.textLine);
      const valueColumn = Math.max(1, lineText.indexOf(field.value.split('\n')[0] ?? '') + 1);
      const valueStart = field.value === '' ? lineText.length + 1 : valueColumn;
      fields.push({
        label: field.label,
        value: field.value,
        place: item.place,
        valuePlace: {
          start: lines.point(item.textLine, valueStart),
          end: item.place.end,
        },
      });
    }
  }
  return fields;
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
  if (plain && knownKeys.has(titleKey(plain[1] ?? ''))) {
    return { label: (plain[1] ?? '').trim(), value: text.slice(plain[0].length).trim() };
  }
  return null;
}
