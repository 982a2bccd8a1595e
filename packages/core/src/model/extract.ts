import type { Block, CodeBlock, ListItem, TableBlock } from '../markdown/blocks.js';
import { plainText, titleKey } from '../markdown/inline-text.js';
import type { LineIndex } from '../markdown/position.js';
import type { SectionSpec, TemplateSpec } from '../template/spec.js';
import { indexTemplate } from '../template/template-index.js';
import { parseApiContract } from './api-contract.js';
import { openPointsOf } from './open-points.js';
import { parseQuestion } from './questions.js';
import type { Extracts, Field, Section } from './schema.js';

type OpenQuestion = Extracts['openQuestions'][number];

const flatCache = new WeakMap<Section[], Section[]>();

/**
 * Every section of a tree, depth first, in document order. Computed once per tree (many rules
 * walk it) and returned as a shared array: do not modify it.
 */
export function walkSections(sections: Section[]): readonly Section[] {
  let flat = flatCache.get(sections);
  if (!flat) {
    flat = [];
    const visit = (list: Section[]) => {
      for (const section of list) {
        (flat as Section[]).push(section);
        visit(section.sections);
      }
    };
    visit(sections);
    flatCache.set(sections, flat);
  }
  return flat;
}

/** The template content spec of a section, or [] when the section matched none. */
export function contentOf(
  spec: TemplateSpec,
  section: Section,
): NonNullable<SectionSpec['content']> {
  if (!section.id) return [];
  return indexTemplate(spec).byId.get(section.id)?.content ?? [];
}

/** The API contract code blocks of a section, as the template declares them. */
export function contractBlocks(spec: TemplateSpec, section: Section): CodeBlock[] {
  const declared = contentOf(spec, section).some(
    (c) => c.kind === 'code' && c.format === 'api-contract',
  );
  if (!declared) return [];
  return section.blocks.filter((b): b is CodeBlock => b.type === 'code');
}

const fieldRecord = (fields: Field[]) =>
  Object.fromEntries(fields.map((f) => [f.label, plainText(f.value)]));
const listItems = (blocks: Block[]): ListItem[] =>
  blocks.flatMap((b) => (b.type === 'list' ? b.items : []));
const tables = (blocks: Block[]): TableBlock[] =>
  blocks.filter((b): b is TableBlock => b.type === 'table');

/** Cells of a table row keyed by the normalised column title. */
function keyedCells(table: TableBlock, cells: string[]): Map<string, string> {
  const keyed = new Map<string, string>();
  table.columns.forEach((column, i) => {
    keyed.set(titleKey(column).replace(/ /g, ''), plainText(cells[i] ?? ''));
  });
  return keyed;
}

/**
 * Typed extracts of a document: what a decision log, a questions board or an API checker needs.
 * Sections are found by their template id (tdd names), tables by their columns, so any template
 * that reuses these shapes gets the same extracts.
 */
export function extractTyped(sections: Section[], spec: TemplateSpec, lines: LineIndex): Extracts {
  const out: Extracts = {
    goals: [],
    nonGoals: [],
    decisions: [],
    endpoints: [],
    entities: [],
    integrations: [],
    security: {},
    scalability: {},
    monitoring: {},
    deployment: {},
    openQuestions: [],
    futureConsiderations: [],
    references: [],
  };
  for (const section of walkSections(sections)) {
    const items = () =>
      listItems(section.blocks).map((item) => ({ text: plainText(item.text), place: item.place }));
    switch (section.id) {
      case 'goals':
        out.goals.push(...items());
        break;
      case 'non-goals':
        out.nonGoals.push(...items());
        break;
      case 'key-entities':
        out.entities.push(
          ...section.fields.map((f) => ({
            name: f.label,
            purpose: plainText(f.value),
            place: f.place,
          })),
        );
        break;
      case 'security':
        Object.assign(out.security, fieldRecord(section.fields));
        break;
      case 'scalability':
        Object.assign(out.scalability, fieldRecord(section.fields));
        break;
      case 'monitoring-and-observability':
        Object.assign(out.monitoring, fieldRecord(section.fields));
        break;
      case 'deployment':
        Object.assign(out.deployment, fieldRecord(section.fields));
        break;
      case 'future-considerations':
      case 'future-possibilities':
        out.futureConsiderations.push(...items());
        break;
      case 'references':
        for (const item of listItems(section.blocks)) {
          const link =
            /\]\(([^)\s]+)/.exec(item.text) ??
            /<(https?:[^>]+)>/.exec(item.text) ??
            /(https?:\/\/\S+)/.exec(item.text);
          out.references.push({
            text: plainText(item.text),
            url: link?.[1] ?? null,
            place: item.place,
          });
        }
        break;
      case 'decision-outcome': {
        const first = section.blocks.find((b) => b.type === 'paragraph');
        const chosen =
          first && /chosen option:?\s*(.+?)(?:,?\s+because\s+(.*))?$/is.exec(plainText(first.text));
        if (first && chosen && !isStandIn(chosen[1] ?? '')) {
          out.decisions.push({
            decision: (chosen[1] ?? '').replace(/^["“]|["”]$/g, '').trim(),
            rationale: (chosen[2] ?? '').trim(),
            tradeOffs: '',
            section: section.slug,
            place: first.place,
          });
        }
        break;
      }
    }
    for (const table of tables(section.blocks)) {
      const columns = new Set(table.columns.map((c) => titleKey(c).replace(/ /g, '')));
      if (columns.has('decision') && columns.has('rationale')) {
        for (const row of table.rows) {
          const cells = keyedCells(table, row.cells);
          if (isStandIn(cells.get('decision') ?? '')) continue;
          out.decisions.push({
            decision: cells.get('decision') ?? '',
            rationale: cells.get('rationale') ?? '',
            tradeOffs: cells.get('tradeoffs') ?? '',
            section: section.slug,
            place: row.place,
          });
        }
      } else if (columns.has('system') && columns.has('protocol')) {
        for (const row of table.rows) {
          const cells = keyedCells(table, row.cells);
          if ([...cells.values()].every((v) => v === '')) continue;
          out.integrations.push({
            system: cells.get('system') ?? '',
            protocol: cells.get('protocol') ?? '',
            frequency: cells.get('frequency') ?? '',
            failureMode: cells.get('failuremode') ?? '',
            place: row.place,
          });
        }
      }
    }
    for (const code of contractBlocks(spec, section)) {
      for (const endpoint of parseApiContract(code.value).endpoints) {
        const line = code.valueLine + endpoint.line;
        out.endpoints.push({
          method: endpoint.method,
          path: endpoint.path,
          input: endpoint.input,
          output: endpoint.output,
          status: endpoint.status,
          properties: endpoint.properties,
          place: lines.lines(line, line),
        });
      }
    }
    out.openQuestions.push(...questionsOf(section, spec, lines));
  }
  return out;
}

/**
 * The open questions of a document, as in its extracts. For a reader that needs only these
 * (the status-consistency rule): the full extracts parse every table and API contract.
 */
export function extractOpenQuestions(
  sections: Section[],
  spec: TemplateSpec,
  lines: LineIndex,
): OpenQuestion[] {
  return walkSections(sections).flatMap((section) => questionsOf(section, spec, lines));
}

function questionsOf(section: Section, spec: TemplateSpec, lines: LineIndex): OpenQuestion[] {
  const questions: OpenQuestion[] = [];
  const lists = contentOf(spec, section).filter((c) => c.kind === 'questions');
  for (const content of lists) {
    if (content.kind !== 'questions') continue;
    for (const item of listItems(section.blocks)) {
      const question = parseQuestion(item.text, content.statuses);
      if (NOT_A_QUESTION.test(plainText(question.text))) continue;
      questions.push({
        text: plainText(question.text),
        status: question.status ?? question.statusText,
        note: plainText(question.note),
        section: section.slug,
        place: item.place,
      });
    }
    if (content.statuses.length === 0) {
      // Questions written as paragraphs ("Should X …?") in a section with no list of them.
      for (const block of section.blocks) {
        if (block.type !== 'paragraph' || !/\?\s*$/.test(block.text)) continue;
        questions.push({
          text: plainText(block.text),
          status: null,
          note: '',
          section: section.slug,
          place: block.place,
        });
      }
    }
  }
  if (lists.length > 0) return questions;
  for (const point of openPointsOf(section, lines)) {
    questions.push({
      text: point.text,
      status: null,
      note: point.note,
      section: section.slug,
      place: point.place,
    });
  }
  return questions;
}

/** An item of a questions section that says there is none. */
const NOT_A_QUESTION =
  /^(?:none|n\/a|nothing|none (?:yet|so far|at this time|at the moment)|no (?:open|unresolved) questions?(?: yet| so far)?|tbd)\.?$/i;

/**
 * Text that only stands in for an answer: empty, an ellipsis, a TBD, or one bracketed or braced
 * placeholder (`{title of option 1}`, `[Technology/Pattern]`). Such a decision is not one.
 */
function isStandIn(text: string): boolean {
  const value = text
    .trim()
    .replace(/^["“']|["”']$/g, '')
    .trim();
  return /^(?:|…|\.\.\.|-|tbd|todo|\{[^{}]*\}|\[[^[\]]*\])$/i.test(value);
}
