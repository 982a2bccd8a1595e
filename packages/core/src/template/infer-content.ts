import type { Block, ListItem } from '../markdown/blocks.js';
import { plainText } from '../markdown/inline-text.js';
import { looksLikeApiContract } from '../model/api-contract.js';
import type { ContentSpec, FieldSpec } from './spec.js';
import {
  blockText,
  flattenItems,
  isChecklist,
  isQuestionsTitle,
  isTableOfContents,
  oneLine,
  saysOptional,
  stripOptionalMark,
} from './template-wording.js';

const BOLD_FIELD = /^(\*\*|__)(.+?)\1\s*:|^(\*\*|__)(.+?):\3/;
/** `Label: value` as a header writes it: a short capitalised label ("Author(s)", "RFC PR"). */
const PLAIN_FIELD = /^([A-Z][\w ()./-]{0,40}?):\s+(\S.*)$/s;
const STATUS_LINE = /status\s*:\s*([^\]]+?)\s*\]?$/i;

/** What a section of the template holds, from its blocks. */
export function inferContent(blocks: Block[], sectionTitle: string): ContentSpec[] {
  const content: ContentSpec[] = [];
  const push = (item: ContentSpec) => {
    if (
      (item.kind === 'prose' || item.kind === 'list' || item.kind === 'toc') &&
      content.some((c) => c.kind === item.kind)
    )
      return;
    content.push(item);
  };
  for (const [i, block] of blocks.entries()) {
    switch (block.type) {
      case 'paragraph':
        push({ kind: 'prose' });
        break;
      case 'list':
        if (isTableOfContents(block, blocks[i - 1])) push({ kind: 'toc' });
        else if (isChecklist(block))
          push({
            kind: 'checklist',
            items: flattenItems(block.items).map((item) => ({
              label: oneLine(plainText(item.text)),
            })),
          });
        else push(inferListContent(block.items));
        break;
      case 'table':
        push({ kind: 'table', columns: block.columns.map((c) => plainText(c)) });
        break;
      case 'code':
        if (looksLikeApiContract(block.value)) {
          push({ kind: 'code', language: block.lang || 'yaml', format: 'api-contract' });
        } else if (
          /diagram/i.test(sectionTitle) ||
          /diagram|ascii art|mermaid/i.test(block.value) ||
          block.lang === 'mermaid'
        ) {
          push({ kind: 'diagram' });
        } else {
          push(block.lang ? { kind: 'code', language: block.lang } : { kind: 'code' });
        }
        break;
      default:
        break;
    }
  }
  if (isQuestionsTitle(sectionTitle) && !content.some((c) => c.kind === 'questions'))
    content.push({ kind: 'questions', statuses: [] });
  return content;
}

function inferListContent(items: ListItem[]): ContentSpec {
  const texts = items.map((item) => item.text.replace(/^\[(.*)\]$/s, '$1'));
  const statuses = texts
    .map((t) => STATUS_LINE.exec(t)?.[1])
    .filter((s): s is string => s !== undefined);
  if (statuses.length > 0 && statuses.length === texts.length) {
    const vocabulary = (statuses[0] as string)
      .split(/\s*[/|]\s*|\s*,\s*|\s+or\s+/)
      .map((s) => s.trim())
      .filter(Boolean);
    return { kind: 'questions', statuses: vocabulary };
  }
  const bold = texts.map((t) => BOLD_FIELD.exec(t));
  if (bold.every((m) => m !== null)) {
    const labels = bold.map((m) =>
      ((m as RegExpExecArray)[2] ?? (m as RegExpExecArray)[4] ?? '').trim(),
    );
    if (labels.every((label) => /\d+$/.test(label))) return { kind: 'fields', labels: 'any' };
    return { kind: 'fields', fields: labels.map((label): FieldSpec => ({ label })) };
  }
  return { kind: 'list' };
}

/** A header field as the template writes it, with its value. */
interface WrittenField {
  label: string;
  value: string;
}

/** The fields of a list or of `Label: value` lines, or null when the block is not all fields. */
function fieldsOf(block: Block): WrittenField[] | null {
  const texts =
    block.type === 'list'
      ? block.items.map((item) => item.text)
      : block.type === 'paragraph'
        ? block.text.split('\n')
        : [];
  if (texts.length === 0) return null;
  const fields: WrittenField[] = [];
  for (const text of texts) {
    const bold = BOLD_FIELD.exec(text);
    if (bold) {
      fields.push({
        label: (bold[2] ?? bold[4] ?? '').trim(),
        value: text.slice(bold[0].length).trim(),
      });
      continue;
    }
    const plain = PLAIN_FIELD.exec(text.trim());
    if (!plain) return null;
    fields.push({ label: (plain[1] as string).trim(), value: (plain[2] as string).trim() });
  }
  return fields;
}

/**
 * The document header a template asks for: its fields (a bullet list or `Label: value` lines
 * between the title and the first section; one whose value is marked *if applicable*, or that
 * follows "add the following fields as needed", is optional) and the field holding the status.
 */
export function inferHeader(blocks: Block[]): {
  content: ContentSpec[];
  statusField?: { label: string; written: string };
} {
  const fields: FieldSpec[] = [];
  let optionalFromHere = false;
  let statusField: { label: string; written: string } | undefined;
  let prose = false;
  let toc = false;
  for (const [i, block] of blocks.entries()) {
    if (isTableOfContents(block, blocks[i - 1])) {
      toc = true;
      continue;
    }
    const written = fieldsOf(block);
    if (!written) {
      if (block.type === 'paragraph' && saysOptional(blockText(block))) optionalFromHere = true;
      else if (block.type === 'paragraph' || block.type === 'list') prose = true;
      continue;
    }
    for (const { label, value } of written) {
      const marked = stripOptionalMark(value);
      const field: FieldSpec = { label };
      if (marked.optional || optionalFromHere) field.required = false;
      fields.push(field);
      if (!statusField && /^status$/i.test(label)) statusField = { label, written: marked.text };
    }
  }
  const content: ContentSpec[] = [];
  if (fields.length > 0) content.push({ kind: 'fields', fields });
  if (toc) content.push({ kind: 'toc' });
  if (prose) content.push({ kind: 'prose' });
  return statusField ? { content, statusField } : { content };
}
