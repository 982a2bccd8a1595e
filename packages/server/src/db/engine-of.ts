import { type Kysely, SqliteAdapter } from 'kysely';
import type { Engine } from './connect.js';

/** Which engine a Kysely instance talks to (migrations get only the instance). */
export function engineOf(db: Pick<Kysely<unknown>, 'getExecutor'>): Engine {
  return db.getExecutor().adapter instanceof SqliteAdapter ? 'sqlite' : 'postgres';
}
