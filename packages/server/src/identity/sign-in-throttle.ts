import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';

/**
 * Growing delays after failed sign-ins, never a lockout: after `free` failures a key must wait
 * 2^(failures − free) seconds, at most `cap`, before the next try counts. Kept per account and
 * address together (someone guessing one account), per address (someone trying many accounts)
 * and per account (many addresses on one account; capped low, so that an attacker can slow the
 * real user down by seconds at most, never lock them out). Counters start over an hour after
 * the last failure; a success clears its account's counters.
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

/** Seconds until this account may be tried from this address again; 0 when it may now. */
export async function signInWait(
  db: Kysely<Database>,
  username: string,
  address: string,
  now = Date.now(),
): Promise<number> {
  const keys = keysOf(username, address);
  const rows = await db
    .selectFrom('sign_in_failures')
    .selectAll()
    .where('key', 'in', Object.values(keys))
    .execute();
  let wait = 0;
  for (const rule of RULES) {
    const row = rows.find((r) => r.key === keys[rule.kind]);
    if (!row) continue;
    const last = Date.parse(row.last_failure_at);
    if (now - last >= FORGET_AFTER_MS) continue;
    wait = Math.max(wait, last + delayMs(row.failures, rule.free, rule.capSeconds) - now);
  }
  return Math.ceil(Math.max(0, wait) / 1000);
}

/** Count a failed sign-in against the account, the address and both. */
export async function recordSignInFailure(
  db: Kysely<Database>,
  username: string,
  address: string,
  now = Date.now(),
): Promise<void> {
  const keys = Object.values(keysOf(username, address));
  await db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('sign_in_failures')
      .selectAll()
      .where('key', 'in', keys)
      .execute();
    for (const key of keys) {
      const row = rows.find((r) => r.key === key);
      const fresh = row && now - Date.parse(row.last_failure_at) < FORGET_AFTER_MS;
      const values = {
        key,
        failures: fresh ? row.failures + 1 : 1,
        last_failure_at: new Date(now).toISOString(),
      };
      await trx
        .insertInto('sign_in_failures')
        .values(values)
        .onConflict((oc) =>
          oc
            .column('key')
            .doUpdateSet({ failures: values.failures, last_failure_at: values.last_failure_at }),
        )
        .execute();
    }
  });
}

/** A successful sign-in clears the account's counters (not the address's: it may be guessing others). */
export async function clearSignInFailures(
  db: Kysely<Database>,
  username: string,
  address: string,
): Promise<void> {
  const keys = keysOf(username, address);
  await db.deleteFrom('sign_in_failures').where('key', 'in', [keys.pair, keys.account]).execute();
}
