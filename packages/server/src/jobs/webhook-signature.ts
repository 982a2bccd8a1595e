import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header each delivery's signature travels in. */
export const SIGNATURE_HEADER = 'designdoc-signature';

/**
 * The signature header of a delivery: `t=<unix seconds>,v1=<hex HMAC-SHA256>` over
 * `<t>.<raw body>` with the hook's secret. The timestamp is signed too, so that a receiver can
 * refuse an old request replayed (docs/webhooks.md has the receiver's side).
 */
export function signatureHeader(secret: string, unixSeconds: number, body: string): string {
  return `t=${unixSeconds},v1=${hmac(secret, unixSeconds, body)}`;
}

function hmac(secret: string, unixSeconds: number, body: string): string {
  return createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
}

/**
 * What a receiver does: whether `header` signs `body` with `secret`, made no more than
 * `toleranceSeconds` before `nowSeconds`. Any `v1` entry may match (a header may carry several
 * while a secret is being changed).
 */
export function verifySignature(
  header: string,
  body: string,
  secret: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const entries = header.split(',').map((part) => part.trim().split('='));
  const t = Number(entries.find(([key]) => key === 't')?.[1]);
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(hmac(secret, t, body));
  return entries.some(([key, value]) => {
    if (key !== 'v1' || value === undefined) return false;
    const given = Buffer.from(value);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
