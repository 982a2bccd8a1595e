import type { Block, CodeBlock } from '../markdown/blocks.js';
import { titleKey } from '../markdown/inline-text.js';
import type { Place } from '../markdown/position.js';
import { sameEntity, tableCandidates } from './entity-names.js';
import { type ErDiagram, type ErKey, type ErSpan, parseErDiagram } from './er-diagram.js';
import { walkSections } from './extract.js';
import type { ParsedDocument } from './parse.js';
import type { Section } from './schema.js';

/**
 * What a design document says it stores: its Key Entities and its ER diagrams, read together.
 * Plain data with places, for the `schema-*` rules to compare with a database.
 */
export interface DataModel {
  entities: DocumentedEntity[];
  relationships: DocumentedRelationship[];
  /**
   * Where a table the document does not name would be documented: the Key Entities heading,
   * else the Data Model's, else the first ER diagram; null when the document has none of them.
   */
  place: Place | null;
  /** The first line (`erDiagram`) of the first ER diagram, or null when there is none. */
  diagramPlace: Place | null;
}

export interface DocumentedEntity {
  /** As Key Entities writes it (`ApiKey`), else as the diagram does (`API_KEY`). */
  name: string;
  /** The tables the document names for it (`(table `api_keys`)`), each where it is named. */
  namedTables: { name: string; place: Place }[];
  /** The tables it may be stored in: the named ones, else its name in snake_case, singular or plural. */
  tables: string[];
  /** Its label in Key Entities, else where the diagram first names it. */
  place: Place;
  /** The code spans of its Key Entities item that name columns. */
  fields: DocumentedField[];
  /** Its attribute block in an ER diagram, or null when it has none. */
  attributes: DocumentedAttribute[] | null;
  /** The line that opens its attribute block. */
  blockPlace: Place | null;
  /** Whether an ER diagram shows it. */
  inDiagram: boolean;
}

/** A column named in an entity's item: `name`, or `table.name` for another table's column. */
export interface DocumentedField {
  name: string;
  /** The table a qualified name (`documents.restricted`) gives, else null (the entity's tables). */
  table: string | null;
  place: Place;
}

export interface DocumentedAttribute {
  name: string;
  type: string;
  keys: ErKey[];
  place: Place;
}

export interface DocumentedRelationship {
  from: DocumentedEntity;
  to: DocumentedEntity;
  label: string;
  place: Place;
}

const cache = new WeakMap<ParsedDocument, DataModel>();

/**
 * The Data Model of a document, read once per parsed document (the `schema-*` rules share it).
 *
 * Key Entities: each bold-labelled item (`- **ApiKey**: …`) is an entity. "(table `api_keys`)"
 * or "(tables `groups`, `group_members`)" names its tables; without, its name in snake_case,
 * singular or plural, is its table. Every other code span in the item (its nested lists
 * included) that is a name (`prefix`) or a qualified name (`documents.restricted`) names a
 * column; one in upper case (`SECRETS_KEY`) is taken for a constant, and prose is not read.
 * ER diagrams (Mermaid `erDiagram` blocks anywhere in the Data Model): their entities join the
 * Key Entities of the same name (`API_KEY` is `ApiKey`), their attribute blocks give columns,
 * types and keys, and their relationships join two entities.
 */
export function readDataModel(doc: ParsedDocument): DataModel {
  let model = cache.get(doc);
  if (!model) {
    model = buildDataModel(doc);
    cache.set(doc, model);
  }
  return model;
}

function buildDataModel(doc: ParsedDocument): DataModel {
  const entities: DocumentedEntity[] = [];
  const relationships: DocumentedRelationship[] = [];
  const sections = walkSections(doc.model.sections);
  const keyEntities = sections.filter((s) => s.id === 'key-entities');
  for (const section of keyEntities)
    for (const field of section.fields) entities.push(keyEntity(doc, field.label, field.place));
  const dataModel = sections.filter(
    (s) => s.id === 'data-model' || titleKey(s.title) === 'data model',
  );
  const inModel = new Set(dataModel.flatMap((s) => walkSections([s])));
  for (const s of sections) if (s.id === 'entity-relationships') inModel.add(s);
  let diagramPlace: Place | null = null;
  for (const section of sections) {
    if (!inModel.has(section)) continue;
    for (const block of codeBlocks(section.blocks)) {
      const diagram = parseErDiagram(block.value);
      if (!diagram) continue;
      const at = spanPlace(doc, block);
      diagramPlace ??= at({ line: 0, column: 0, length: 0 });
      addDiagram(diagram, at, entities, relationships);
    }
  }
  const heading = (sections: readonly Section[]) => sections[0]?.place ?? null;
  return {
    entities,
    relationships,
    place: heading(keyEntities) ?? heading(dataModel) ?? diagramPlace,
    diagramPlace: diagramPlace,
  };
}

function addDiagram(
  diagram: ErDiagram,
  at: (span: ErSpan) => Place,
  entities: DocumentedEntity[],
  relationships: DocumentedRelationship[],
): void {
  const byName = new Map<string, DocumentedEntity>();
  for (const erEntity of diagram.entities) {
    let entity = entities.find(
      (e) =>
        sameEntity(e.name, erEntity.name) || (erEntity.alias && sameEntity(e.name, erEntity.alias)),
    );
    if (!entity) {
      entity = {
        name: erEntity.name,
        namedTables: [],
        tables: tableCandidates(erEntity.name),
        place: at(erEntity.span),
        fields: [],
        attributes: null,
        blockPlace: null,
        inDiagram: true,
      };
      entities.push(entity);
    }
    entity.inDiagram = true;
    if (erEntity.attributes) {
      entity.attributes = [
        ...(entity.attributes ?? []),
        ...erEntity.attributes.map((a) => ({
          name: a.name,
          type: a.type,
          keys: a.keys,
          place: at(a.span),
        })),
      ];
      entity.blockPlace ??= erEntity.blockSpan && at(erEntity.blockSpan);
    }
    byName.set(erEntity.name, entity);
  }
  for (const relationship of diagram.relationships) {
    const from = byName.get(relationship.from);
    const to = byName.get(relationship.to);
    if (from && to)
      relationships.push({ from, to, label: relationship.label, place: at(relationship.span) });
  }
}

/** A table mention: "table `x`", "tables `a`, `b` and `c`" (across a line break too). */
const TABLE_MENTION = /\btables?\s+(`[^`\n]+`(?:\s*(?:,|&|,?\s+and|,?\s+or)\s*`[^`\n]+`)*)/gi;
const CODE_SPAN = /(?<!`)`([^`\n]+)`(?!`)/g;
const COLUMN_NAME = /^(?:([A-Za-z_][\w$]*)\.)?([A-Za-z_][\w$]*)$/;
const CONSTANT = /^[A-Z][A-Z0-9]*_[A-Z0-9_]*$|^[A-Z]{2,}[0-9]*$/;

function keyEntity(doc: ParsedDocument, label: string, place: Place): DocumentedEntity {
  const text = doc.source.slice(place.start.offset, place.end.offset);
  const placeOf = (index: number, length: number): Place => ({
    start: doc.lines.pointAtOffset(place.start.offset + index),
    end: doc.lines.pointAtOffset(place.start.offset + index + length),
  });
  const namedTables: DocumentedEntity['namedTables'] = [];
  const mentions = new Set<number>();
  for (const mention of text.matchAll(TABLE_MENTION)) {
    const listAt = mention.index + mention[0].length - (mention[1] as string).length;
    for (const span of (mention[1] as string).matchAll(CODE_SPAN)) {
      const name = (span[1] as string).trim();
      namedTables.push({
        name: name.replace(/^.*\./, ''),
        place: placeOf(listAt + span.index, span[0].length),
      });
      mentions.add(listAt + span.index);
    }
  }
  const fields: DocumentedField[] = [];
  for (const span of text.matchAll(CODE_SPAN)) {
    if (mentions.has(span.index)) continue;
    const name = (span[1] as string).trim();
    const column = COLUMN_NAME.exec(name);
    if (!column || CONSTANT.test(name)) continue;
    fields.push({
      name: column[2] as string,
      table: column[1] ?? null,
      place: placeOf(span.index, span[0].length),
    });
  }
  const labelAt = text.indexOf(label);
  return {
    name: label,
    namedTables,
    tables:
      namedTables.length > 0
        ? [...new Set(namedTables.map((t) => t.name))]
        : tableCandidates(label),
    place: labelAt === -1 ? place : placeOf(labelAt, label.length),
    fields,
    attributes: null,
    blockPlace: null,
    inDiagram: false,
  };
}

/** The code blocks of a section's content, those in its lists and block quotes included. */
function codeBlocks(blocks: readonly Block[]): CodeBlock[] {
  return blocks.flatMap((b) => {
    if (b.type === 'code') return [b];
    if (b.type === 'list') return b.items.flatMap((item) => codeBlocks(item.children));
    if (b.type === 'blockquote') return codeBlocks(b.children);
    return [];
  });
}

/** Where a span of a code block's text is in the document (a block in a list is indented). */
function spanPlace(doc: ParsedDocument, block: CodeBlock): (span: ErSpan) => Place {
  const valueLines = block.value.split('\n');
  return ({ line, column, length }) => {
    const lineNo = block.valueLine + line;
    const indent = Math.max(0, doc.lines.lineLength(lineNo) - (valueLines[line] ?? '').length);
    return doc.lines.span(lineNo, indent + column + 1, indent + column + 1 + length);
  };
}
