/**
 * How a design document's names for things stored meet a database's: `ApiKey`, `API_KEY` and
 * `api keys` are one entity, stored in `api_key` or `api_keys`; `createdAt` is `created_at`.
 */

/** `ApiKey`, `API_KEY`, `api-key`, `Api key` → `api_key`. */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
}

/** An English noun's plural, by the regular rules (`key` → `keys`, `policy` → `policies`, `box` → `boxes`). */
export function pluralWord(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}

/**
 * The singulars an English plural may have: `policies` → `policy`; `statuses` → `status` (and
 * `statuse`), `databases` → `database` (and `databas`); none for a word not ending in `s`. Where
 * the regular rules cannot tell, every reading is given: each is only compared with names.
 */
export function singularForms(word: string): string[] {
  const forms: string[] = [];
  if (/[^aeiou]ies$/i.test(word)) forms.push(`${word.slice(0, -3)}y`);
  if (/(?:s|x|z|ch|sh)es$/i.test(word)) forms.push(word.slice(0, -2));
  if (/[^s]s$/i.test(word)) forms.push(word.slice(0, -1));
  return forms;
}

/**
 * The tables an entity with no table named for it may be stored in: its name in snake_case as
 * written, then with its last word made plural, or singular when it looks plural (`ApiKey` →
 * `api_key`, `api_keys`; `Users` → `users`, `user`; `Status` → `status`, `statuses`).
 */
export function tableCandidates(name: string): string[] {
  const snake = snakeCase(name);
  const words = snake.split('_');
  const last = words.pop() ?? '';
  const stem = words.length > 0 ? `${words.join('_')}_` : '';
  const others = /[^sui]s$/.test(last) ? singularForms(last) : [pluralWord(last)];
  return [...new Set([snake, ...others.map((form) => stem + form)])];
}

/** Whether two entity names name one entity: `API_KEY`, `ApiKey`, `api keys` and `ApiKeys` do. */
export function sameEntity(a: string, b: string): boolean {
  const keyA = snakeCase(a).replace(/_/g, '');
  const keyB = snakeCase(b).replace(/_/g, '');
  return keyA === keyB || singularForms(keyA).includes(keyB) || singularForms(keyB).includes(keyA);
}

/** The key a field and a column are matched by: case aside, `createdAt` is `created_at`. */
export function columnKey(name: string): string {
  return snakeCase(name);
}

/**
 * A test of names against glob patterns, case aside: `*` stands for any run of characters, `?`
 * for one (`kysely_migration*`, `sqlite_*`).
 */
export function nameMatcher(patterns: readonly string[]): (name: string) => boolean {
  const regexes = patterns.map(
    (pattern) =>
      new RegExp(
        `^${pattern
          .split(/([*?])/)
          .map((part) =>
            part === '*' ? '.*' : part === '?' ? '.' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&'),
          )
          .join('')}$`,
        'i',
      ),
  );
  return (name) => regexes.some((regex) => regex.test(name));
}
