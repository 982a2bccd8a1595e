/**
 * Patterns for free text the API stores or compares with a column. PostgreSQL refuses the NUL
 * character in text (a query with one fails, which was a 500) while SQLite keeps it: the schemas
 * refuse it, so that both engines answer the same 400.
 */
export const NO_NUL = '^[^\\u0000]*$';

/** As NO_NUL, and not blank (a lookahead, so that a long blank text fails in linear time). */
export const NOT_BLANK_NO_NUL = '^(?=[\\s\\S]*\\S)[^\\u0000]*$';
