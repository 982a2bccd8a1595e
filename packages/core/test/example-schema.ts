import type { DatabaseSchema, DatabaseTable } from '../src/checks/database-schema.js';

/**
 * The schema a rule page's ```sql block shows, for running its examples through the `schema-*`
 * rules: CREATE TABLE statements with column types, NOT NULL, PRIMARY KEY, UNIQUE and REFERENCES
 * on a column, and PRIMARY KEY, UNIQUE and FOREIGN KEY … REFERENCES for the table. Only what the
 * pages write: the CLI reads real DDL with the database's own parser.
 */
export function readExampleSchema(sql: string): DatabaseSchema {
  const tables: DatabaseTable[] = [];
  for (const match of sql.matchAll(/create table\s+(\w+)\s*\(([\s\S]*?)\);/gi)) {
    const table: DatabaseTable = {
      name: match[1] as string,
      columns: [],
      primaryKey: [],
      uniques: [],
      foreignKeys: [],
    };
    for (const part of splitTopLevel(match[2] as string)) {
      const list = (text: string) => text.split(',').map((name) => name.trim());
      const key =
        /^(primary key|unique|foreign key)\s*\(([^)]*)\)(?:\s*references\s+(\w+)\s*\(([^)]*)\))?/i.exec(
          part,
        );
      if (key) {
        const kind = (key[1] as string).toLowerCase();
        const columns = list(key[2] as string);
        if (kind === 'primary key') table.primaryKey = columns;
        else if (kind === 'unique') table.uniques.push(columns);
        else
          table.foreignKeys.push({
            columns,
            table: key[3] as string,
            references: list(key[4] as string),
          });
        continue;
      }
      const [, name = '', type = '', rest = ''] =
        /^(\w+)\s+([\w ]+?(?:\([^)]*\))?)((?:\s+(?:not null|primary key|unique|references\s+\w+\s*\(\w+\)))*)$/i.exec(
          part,
        ) ?? [];
      if (!name) throw new Error(`Cannot read the example's column “${part}”`);
      table.columns.push({ name, type, nullable: !/not null|primary key/i.test(rest) });
      if (/primary key/i.test(rest)) table.primaryKey = [name];
      if (/unique/i.test(rest)) table.uniques.push([name]);
      const reference = /references\s+(\w+)\s*\((\w+)\)/i.exec(rest);
      if (reference)
        table.foreignKeys.push({
          columns: [name],
          table: reference[1] as string,
          references: [reference[2] as string],
        });
    }
    tables.push(table);
  }
  return { source: 'schema.sql', tables };
}

/** The comma-separated parts of a table's body, commas inside parentheses kept. */
function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of body) {
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
      continue;
    }
    if (char === '(') depth++;
    if (char === ')') depth--;
    current += char;
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts.filter((part) => part !== '');
}
