/**
 * Families of column types: names that say the same thing about a value across databases and
 * dialects, so a design document's `string` is the database's `character varying`, and its
 * `timestamptz` the `timestamp with time zone` PostgreSQL reports. A document's type and a
 * column's compare equal when they are in one family (or, for a type in none, have one name).
 * Type modifiers (`varchar(255)`, `numeric(10,2)`) and `unsigned` are not compared.
 */
export const DEFAULT_TYPE_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  text: [
    'text',
    'string',
    'varchar',
    'character varying',
    'char',
    'character',
    'bpchar',
    'nchar',
    'nvarchar',
    'national character varying',
    'citext',
    'clob',
    'tinytext',
    'mediumtext',
    'longtext',
    'name',
  ],
  integer: [
    'int',
    'integer',
    'int2',
    'int4',
    'int8',
    'smallint',
    'bigint',
    'tinyint',
    'mediumint',
    'serial',
    'serial2',
    'serial4',
    'serial8',
    'smallserial',
    'bigserial',
    'long',
  ],
  decimal: ['decimal', 'numeric', 'number', 'money'],
  float: ['float', 'real', 'double', 'double precision', 'float4', 'float8'],
  boolean: ['boolean', 'bool'],
  timestamp: [
    'timestamp',
    'timestamptz',
    'timestamp with time zone',
    'timestamp without time zone',
    'datetime',
    'datetime2',
    'datetimeoffset',
    'smalldatetime',
  ],
  date: ['date'],
  time: ['time', 'timetz', 'time with time zone', 'time without time zone'],
  interval: ['interval'],
  uuid: ['uuid', 'uniqueidentifier', 'guid'],
  json: ['json', 'jsonb'],
  binary: ['bytea', 'blob', 'binary', 'varbinary', 'tinyblob', 'mediumblob', 'longblob', 'bytes'],
};

/** A type reduced to what is compared: its name without modifiers, and whether it is an array. */
export interface TypeName {
  name: string;
  array: boolean;
}

/** `VARCHAR(255)` → varchar; `timestamp(3) with time zone` → timestamp with time zone; `_int4`, `int[]` → int4 array. */
export function typeName(type: string): TypeName {
  let name = type
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(?:unsigned|signed|zerofill)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let array = false;
  if (name.endsWith('[]') || name.endsWith(' array')) {
    array = true;
    name = name.replace(/(?:\[\])+$|\s+array$/, '').trim();
  } else if (name.startsWith('_')) {
    array = true;
    name = name.slice(1);
  }
  return { name, array };
}

/**
 * The families in force: the defaults, with each family `custom` names replaced by its list; a
 * type `custom` lists leaves the default family that had it.
 */
export function typeFamilies(custom: Record<string, readonly string[]> = {}): Map<string, string> {
  const byType = new Map<string, string>();
  const moved = new Set(
    Object.values(custom).flatMap((types) => types.map((t) => typeName(t).name)),
  );
  for (const [family, types] of Object.entries(DEFAULT_TYPE_FAMILIES)) {
    if (family in custom) continue;
    for (const type of types) if (!moved.has(type)) byType.set(type, family);
  }
  for (const [family, types] of Object.entries(custom))
    for (const type of types) byType.set(typeName(type).name, family);
  return byType;
}

/** The family a type is in, or its own name when it is in none (`array of` before an array's). */
export function familyOf(type: string, families: ReadonlyMap<string, string>): string {
  const { name, array } = typeName(type);
  const family = families.get(name) ?? name;
  return array ? `array of ${family}` : family;
}
