import type { FrontMatterBlock } from '../markdown/front-matter.js';
import type { LineIndex, Place } from '../markdown/position.js';
import type { TemplateSpec } from '../template/spec.js';
import { readDocumentStatus } from './document-status.js';
import { DOCUMENT_STATUSES, type FrontMatter } from './schema.js';

/** A problem found in the front matter: the front-matter rule reports these. */
export interface FrontMatterProblem {
  kind: 'syntax' | 'value' | 'unknown-key' | 'missing-key';
  message: string;
  place: Place;
}

const LIST_KEYS = ['authors', 'reviewers', 'tags', 'supersedes'] as const;
const DATE_KEYS = ['created', 'updated'] as const;
export const KNOWN_FRONT_MATTER_KEYS = [
  'title',
  'status',
  'authors',
  'reviewers',
  'created',
  'updated',
  'tags',
  'supersedes',
  'superseded-by',
  'template',
];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

/**
 * Check front matter values and keep the valid ones as typed data. Every bad value is a
 * problem naming the key and what is allowed; it never throws.
 */
export function readFrontMatterValues(
  block: FrontMatterBlock | null,
  spec: TemplateSpec,
  lines: LineIndex,
): { frontMatter: FrontMatter; problems: FrontMatterProblem[]; statusText: string | null } {
  const problems: FrontMatterProblem[] = [];
  let statusText: string | null = null;
  const frontMatter: FrontMatter = {};
  const required = spec.frontMatter?.required ?? [];
  const topOfFile = lines.span(1, 1, 1);
  if (!block) {
    for (const key of required) {
      problems.push({
        kind: 'missing-key',
        message: `Missing front matter key “${key}” (required by template ${spec.name})`,
        place: topOfFile,
      });
    }
    return { frontMatter, problems, statusText };
  }
  for (const error of block.errors) {
    // A YAML list or scalar is valid YAML, just not front matter: its message says so itself.
    const message = error.message.startsWith('Front matter ')
      ? error.message
      : `Front matter is not valid YAML: ${error.message}`;
    problems.push({ kind: 'syntax', message, place: error.place });
  }
  const data = block.data;
  if (!data) return { frontMatter, problems, statusText };
  const at = (key: string) => block.values.get(key) ?? block.place;
  const allowed = new Set([
    ...KNOWN_FRONT_MATTER_KEYS,
    ...(spec.frontMatter?.extraKeys ?? []),
    ...required,
  ]);
  for (const [key, value] of Object.entries(data)) {
    if (!allowed.has(key)) {
      problems.push({
        kind: 'unknown-key',
        message: `Unknown front matter key “${key}”, expected one of ${[...allowed].join(', ')}`,
        place: block.keys.get(key) ?? block.place,
      });
      continue;
    }
    const bad = (expected: string) =>
      problems.push({
        kind: 'value',
        message: `Invalid front matter “${key}”: ${describe(value)}, expected ${expected}`,
        place: at(key),
      });
    if (key === 'title' || key === 'superseded-by' || key === 'template') {
      if (typeof value === 'string' && value.trim() !== '') frontMatter[key] = value.trim();
      else if (typeof value === 'number') frontMatter[key] = String(value);
      else bad('a non-empty string');
    } else if (key === 'status') {
      const status = typeof value === 'string' ? readDocumentStatus(value, spec.status) : null;
      if (typeof value === 'string' && value.trim() !== '') statusText = value.trim();
      if (status) frontMatter.status = status;
      else if (!(spec.status?.open && typeof value === 'string' && value.trim() !== ''))
        bad(statusChoices(spec));
    } else if ((LIST_KEYS as readonly string[]).includes(key)) {
      const list =
        typeof value === 'string'
          ? value
              .split(',')
              .map((v) => v.trim())
              .filter(Boolean)
          : value;
      if (
        Array.isArray(list) &&
        list.every((v) => typeof v === 'string' || typeof v === 'number')
      ) {
        frontMatter[key as (typeof LIST_KEYS)[number]] = list.map(String);
      } else bad('a list of strings');
    } else if ((DATE_KEYS as readonly string[]).includes(key)) {
      const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
      if (typeof text === 'string' && isRealDate(text))
        frontMatter[key as (typeof DATE_KEYS)[number]] = text;
      else bad('a date written YYYY-MM-DD');
    }
  }
  for (const key of required) {
    if (!(key in data)) {
      problems.push({
        kind: 'missing-key',
        message: `Missing front matter key “${key}” (required by template ${spec.name})`,
        place: block.place,
      });
    }
  }
  return { frontMatter, problems, statusText };
}

/** The statuses to suggest: the template's own words when it has them, else designdoc's. */
function statusChoices(spec: TemplateSpec): string {
  const own = spec.status?.values?.map((v) => v.value) ?? [];
  return own.length > 0
    ? `one of the template’s ${own.join(', ')}, or one of ${DOCUMENT_STATUSES.join(', ')}`
    : `one of ${DOCUMENT_STATUSES.join(', ')}`;
}

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (typeof value === 'string') return `“${value}”`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `“${String(value)}”`;
}
