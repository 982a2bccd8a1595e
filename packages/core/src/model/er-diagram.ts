/** A key marker of an ER attribute. */
export type ErKey = 'PK' | 'FK' | 'UK';

/** Where something is in the diagram's text: 0-based line and column, and its length. */
export interface ErSpan {
  line: number;
  column: number;
  length: number;
}

/** One line of an entity's attribute block: `string email UK "sign-in name"`. */
export interface ErAttribute {
  type: string;
  name: string;
  keys: ErKey[];
  comment: string | null;
  /** The whole attribute, type to comment. */
  span: ErSpan;
}

/** An entity the diagram names: in a relationship, alone, or with an attribute block. */
export interface ErEntity {
  name: string;
  /** The label of `p[Person]`, when it has one. */
  alias: string | null;
  /** Where the diagram first names it. */
  span: ErSpan;
  /** Its attribute block (`NAME { … }`), or null when it has none. */
  attributes: ErAttribute[] | null;
  /** The line that opens its attribute block. */
  blockSpan: ErSpan | null;
}

/** `CUSTOMER ||--o{ ORDER : places`. */
export interface ErRelationship {
  from: string;
  to: string;
  label: string;
  /** `--` (identifying) or `..` (non-identifying). */
  identifying: boolean;
  span: ErSpan;
}

export interface ErDiagram {
  entities: ErEntity[];
  relationships: ErRelationship[];
}

const NAME = String.raw`"[^"]+"|[A-Za-z_][\w-]*`;
const LEFT = String.raw`\|o|\|\||\}o|\}\|`;
const RIGHT = String.raw`o\||\|\||o\{|\|\{`;
const WORDS = String.raw`one or zero|zero or one|one or more|one or many|many\(1\)|1\+|zero or more|zero or many|many\(0\)|0\+|only one|1`;
const SYMBOL_RELATIONSHIP = new RegExp(
  String.raw`^(${NAME})\s*(${LEFT})(--|\.\.|-\.|\.-)(${RIGHT})\s*(${NAME})\s*(?::\s*(.*))?$`,
);
const WORD_RELATIONSHIP = new RegExp(
  String.raw`^(${NAME})\s+(?:${WORDS})\s+(optionally to|to)\s+(?:${WORDS})\s+(${NAME})\s*(?::\s*(.*))?$`,
);
const ENTITY = new RegExp(String.raw`^(${NAME})(?:\s*\[\s*("[^"]*"|[^\]]*?)\s*\])?\s*(\{)?\s*$`);
const ATTRIBUTE =
  /^([A-Za-z_*][\w()[\],.-]*)\s+([A-Za-z_*][\w-]*)((?:\s+(?:PK|FK|UK)(?:\s*,\s*(?:PK|FK|UK))*)?)(?:\s+"([^"]*)")?\s*$/;

const unquote = (name: string) => name.replace(/^"(.*)"$/, '$1');

/**
 * Read a Mermaid `erDiagram` (the text of its code block): its entities with their attribute
 * blocks, and its relationships, each with where it is written. Returns null for text that is not
 * an ER diagram. Lines it cannot read are passed over: Mermaid itself reports its syntax errors,
 * and this reader only needs what the diagram says about tables.
 */
export function parseErDiagram(text: string): ErDiagram | null {
  const lines = text.split('\n');
  let first = 0;
  // Mermaid's front matter (`---` title `---`), directives and comments may come first.
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
    first = close === -1 ? lines.length : close + 1;
  }
  while (first < lines.length && /^\s*(?:%%.*)?$/.test(lines[first] ?? '')) first++;
  if (!/^\s*erDiagram\b/.test(lines[first] ?? '')) return null;

  const entities = new Map<string, ErEntity>();
  const relationships: ErRelationship[] = [];
  const entityAt = (name: string, span: ErSpan): ErEntity => {
    let entity = entities.get(name);
    if (!entity) {
      entity = { name, alias: null, span, attributes: null, blockSpan: null };
      entities.set(name, entity);
    }
    return entity;
  };
  let open: ErEntity | null = null;
  for (let i = first + 1; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const text = raw.trim();
    const column = raw.length - raw.trimStart().length;
    const span = { line: i, column, length: text.length };
    if (text === '' || text.startsWith('%%')) continue;
    if (open) {
      if (text === '}') {
        open = null;
        continue;
      }
      const attribute = ATTRIBUTE.exec(text.replace(/\s*\}$/, ''));
      if (attribute)
        open.attributes?.push({
          type: attribute[1] as string,
          name: (attribute[2] as string).replace(/^\*/, ''),
          keys: (attribute[3] ?? '')
            .split(',')
            .flatMap((k) => (k.trim() ? [k.trim() as ErKey] : [])),
          comment: attribute[4] ?? null,
          span,
        });
      if (text.endsWith('}')) open = null;
      continue;
    }
    const symbols = SYMBOL_RELATIONSHIP.exec(text);
    const words = symbols ? null : WORD_RELATIONSHIP.exec(text);
    if (symbols || words) {
      const [from, to, line, label] = symbols
        ? [symbols[1], symbols[5], symbols[3], symbols[6]]
        : [words?.[1], words?.[3], words?.[2] === 'to' ? '--' : '..', words?.[4]];
      const fromName = unquote(from as string);
      const toName = unquote(to as string);
      entityAt(fromName, { ...span, length: (from as string).length });
      const colon = text.indexOf(':');
      const toColumn =
        column + (colon === -1 ? text : text.slice(0, colon)).lastIndexOf(to as string);
      entityAt(toName, { line: i, column: toColumn, length: (to as string).length });
      relationships.push({
        from: fromName,
        to: toName,
        label: unquote((label ?? '').trim()),
        identifying: line === '--',
        span,
      });
      continue;
    }
    const declared = ENTITY.exec(text);
    if (declared) {
      const entity = entityAt(unquote(declared[1] as string), span);
      if (declared[2]) entity.alias = unquote(declared[2]);
      if (declared[3]) {
        entity.attributes ??= [];
        entity.blockSpan ??= span;
        open = entity;
      }
    }
  }
  return { entities: [...entities.values()], relationships };
}
