import { didYouMean } from '../did-you-mean.js';
import type { MessageData } from '../lint/format-message.js';
import type { Report } from '../lint/rule.js';
import type { LineIndex, Place } from '../markdown/position.js';
import type { ApiBody } from './api-description.js';

/**
 * A contract's `Input` or `Output` as written: `none`, a name (`Workspace`), or a name with the
 * fields it promises, `?` marking an optional one: `WorkspaceCreate { slug, name, template? }`.
 */
export interface ContractBody {
  /** `none`: no body (for `Input`, no query either). */
  none: boolean;
  /** The fields between braces, or null when the value lists none (only presence is compared). */
  fields: ContractField[] | null;
}

export interface ContractField {
  name: string;
  optional: boolean;
  /** 0-based offset of the name in the value. */
  offset: number;
}

const LISTED = /\{([^{}]*)\}\s*$/;

/** Read an `Input` or `Output` value (see `ContractBody`). */
export function readContractBody(value: string): ContractBody {
  const trimmed = value.trim();
  if (/^none$/i.test(trimmed)) return { none: true, fields: null };
  const listed = LISTED.exec(value);
  if (!listed) return { none: false, fields: null };
  const fields: ContractField[] = [];
  let offset = (listed.index as number) + listed[0].indexOf('{') + 1;
  for (const part of (listed[1] as string).split(',')) {
    const name = part.trim();
    if (name !== '') {
      const optional = name.endsWith('?');
      fields.push({
        name: optional ? name.slice(0, -1).trim() : name,
        optional,
        offset: offset + part.indexOf(name),
      });
    }
    offset += part.length + 1;
  }
  return { none: false, fields };
}

/** One way a contract's fields and a described body's differ. */
export type FieldDifference =
  | { kind: 'notDescribed'; field: ContractField; suggestion?: string }
  | { kind: 'notListed'; name: string }
  | { kind: 'requiredInDescription'; field: ContractField }
  | { kind: 'optionalInDescription'; field: ContractField };

/**
 * Compare the fields a contract lists with a body's: listed but not described (with the
 * described name it likely meant), described but not listed, and required on one side but
 * optional on the other. Nothing when the body's schema names no fields.
 */
export function compareFields(
  listed: readonly ContractField[],
  body: Pick<ApiBody, 'fields' | 'requiredFields'>,
): FieldDifference[] {
  if (body.fields === null) return [];
  const described = new Set(body.fields);
  const required = new Set(body.requiredFields);
  const names = new Set(listed.map((f) => f.name));
  const differences: FieldDifference[] = [];
  const unlisted = body.fields.filter((name) => !names.has(name));
  for (const field of listed) {
    if (!described.has(field.name)) {
      const suggestion = didYouMean(field.name, unlisted);
      differences.push({ kind: 'notDescribed', field, ...(suggestion ? { suggestion } : {}) });
    } else if (field.optional && required.has(field.name))
      differences.push({ kind: 'requiredInDescription', field });
    else if (!field.optional && !required.has(field.name))
      differences.push({ kind: 'optionalInDescription', field });
  }
  for (const name of unlisted) differences.push({ kind: 'notListed', name });
  return differences;
}

/** The message ids the `api-request` and `api-response` rules report field differences with. */
export type FieldMessageId =
  | 'fieldNotDescribed'
  | 'fieldNotDescribedNear'
  | 'fieldNotListed'
  | 'fieldRequired'
  | 'fieldOptional';

/**
 * The reports for a contract's field differences: a field the contract lists at its name in the
 * `Input`/`Output` value (`value` is where the value starts), one it leaves out at the value.
 */
export function fieldReports(
  differences: readonly FieldDifference[],
  data: MessageData,
  value: Place,
  lines: LineIndex,
): Report<FieldMessageId>[] {
  return differences.map((difference) => {
    if (difference.kind === 'notListed')
      return {
        messageId: 'fieldNotListed',
        data: { ...data, field: difference.name },
        place: value,
      };
    const { field } = difference;
    const column = value.start.column + field.offset;
    const place = lines.span(value.start.line, column, column + field.name.length);
    const named = { ...data, field: field.name };
    if (difference.kind === 'notDescribed')
      return difference.suggestion
        ? {
            messageId: 'fieldNotDescribedNear',
            data: { ...named, suggestion: difference.suggestion },
            place,
          }
        : { messageId: 'fieldNotDescribed', data: named, place };
    return {
      messageId: difference.kind === 'requiredInDescription' ? 'fieldRequired' : 'fieldOptional',
      data: named,
      place,
    };
  });
}
