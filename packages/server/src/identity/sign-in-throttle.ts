import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';

/**
 * Growing delays after failed sign-ins, never a lockout: after `free` failures a key must wait
 * 2^(failures − free) seconds, at most `cap`, before the next try counts. Kept per account and
 * address together (someone guessing one account), per address (someone trying many accounts)
 * and per account (many addresses on one account; capped low, so that an attacker can slow the
 * real user down by seconds at most, never lock them out). Counters start over an hour after
 * the last failure; a success clears its account's counters.
 *
 * A try is counted before its password is checked (a reservation), in one transaction that
 * holds the counters' rows: guesses sent all at once are counted one after the other, so a
 * burst gets no more checks than guesses sent one at a time would (3 for one account from one
 * address), and a right password past the limit waits like a wrong one.
 */
const RULES = [
  { kind: 'pair', free: 3, capSeconds: 300 },
  { kind: 'address', free: 10, capSeconds: 300 },
  { kind: 'account', free: 10, capSeconds: 15 },
] as const;
const FORGET_AFTER_MS = 3_600_000;

function keysOf(username: string, address: string) {
  const account = username.toLowerCase();
  return {
    pair: `pair:${account}@${address}`,
    address: `address:${address}`,
    account: `account:${account}`,
  };
}

function delayMs(failures: number, free: number, capSeconds: number): number {
  if (failures < free) return 0;
  return Math.min(2 ** (failures - free), capSeconds) * 1000;
}

/** Thrown inside the transaction to undo the rows it made for a try that must wait. */
class MustWait {
  constructor(readonly seconds: number) {}
}

/**
 * Count a sign-in try against the account, the address and both, before its password is
 * checked: 0 when it may go ahead (and is now counted as a failure until `signInSucceeded`),
 * else the seconds to wait (and nothing counted).
 */
export async function reserveSignInAttempt(
  db: Kysely<Database>,
  username: string,
  address: string,
  now = Date.now(),
): Promise<number> {
  const keys = keysOf(username, address);
  try {
    await db.transaction().execute(async (trx) => {
      const rows = await lockCounters(trx, Object.values(keys));
      let wait = 0;
      for (const rule of RULES) {
        const row = rows.get(keys[rule.kind]);
        const last = row ? Date.parse(row.last_failure_at) : 0;
        if (!row || now - last >= FORGET_AFTER_MS) continue;
        wait = Math.max(wait, last + delayMs(row.failures, rule.free, rule.capSeconds) - now);
      }
      if (wait > 0) throw new MustWait(Math.ceil(wait / 1000));
      const at = new Date(now).toISOString();
      for (const [key, row] of rows) {
        const fresh = now - Date.parse(row.last_failure_at) < FORGET_AFTER_MS;
        await trx
          .updateTable('sign_in_failures')
          .set({ failures: fresh ? sql`failures + 1` : 1, last_failure_at: at })
          .where('key', '=', key)
          .execute();
      }
    });
    return 0;
  } catch (error) {
    if (error instanceof MustWait) return error.seconds;
    throw error;
  }
}

/**
 * The counters' rows, made when missing and locked until the transaction ends: the upsert's
 * no-op update takes the row lock on PostgreSQL and reads the newest committed count (SQLite
 * runs one transaction at a time). Keys are taken in one order, so two tries never deadlock.
 */
async function lockCounters(trx: Transaction<Database>, keys: string[]) {
  const rows = new Map<string, { failures: number; last_failure_at: string }>();
  for (const key of [...keys].sort()) {
    const row = await trx
      .insertInto('sign_in_failures')
      .values({ key, failures: 0, last_failure_at: new Date(0).toISOString() })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({ failures: sql`sign_in_failures.failures` }),
      )
      .returning(['failures', 'last_failure_at'])
      .executeTakeFirstOrThrow();
    rows.set(key, { failures: Number(row.failures), last_failure_at: row.last_failure_at });
  }
  return rows;
}

/**
 * A try whose password was right: its account's counters are cleared, and the address gives
 * back the try it reserved (not more: it may be guessing other accounts). Rows are touched in
 * the order `reserveSignInAttempt` locks them, so the two never deadlock.
 */
export async function signInSucceeded(
  db: Kysely<Database>,
  username: string,
  address: string,
): Promise<void> {
  const keys = keysOf(username, address);
  await db.transaction().execute(async (trx) => {
    for (const key of Object.values(keys).sort())
      if (key === keys.address)
        await trx
          .updateTable('sign_in_failures')
          .set({ failures: sql`failures - 1` })
          .where('key', '=', key)
          .where('failures', '>', 0)
          .execute();
      else await trx.deleteFrom('sign_in_failures').where('key', '=', key).execute();
  });
}
