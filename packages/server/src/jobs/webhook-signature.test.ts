import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { retryDelay } from './webhook-attempt.js';
import { signatureHeader, verifySignature } from './webhook-signature.js';

describe('webhook signatures', () => {
  const body = '{"id":"e1","type":"document.created"}';

  it('signs "<t>.<body>" with HMAC-SHA256, as the documented openssl recipe computes it', () => {
    const header = signatureHeader('s3cret-s3cret-s3cret', 1_700_000_000, body);
    const hex = createHmac('sha256', 's3cret-s3cret-s3cret')
      .update(`1700000000.${body}`)
      .digest('hex');
    expect(header).toBe(`t=1700000000,v1=${hex}`);
  });

  it('accepts the signed body at the time, and refuses a changed body, another secret or an old timestamp', () => {
    const header = signatureHeader('key-one-key-one', 1000, body);
    expect(verifySignature(header, body, 'key-one-key-one', 1010)).toBe(true);
    expect(verifySignature(header, body.replace('e1', 'e2'), 'key-one-key-one', 1010)).toBe(false);
    expect(verifySignature(header, body, 'key-two-key-two', 1010)).toBe(false);
    expect(verifySignature(header, body, 'key-one-key-one', 1000 + 301)).toBe(false);
    expect(verifySignature('v1=abc', body, 'key-one-key-one', 1000)).toBe(false);
  });
});

describe('webhook retry delays', () => {
  it('doubles from the base with jitter in the upper half', () => {
    expect([1, 2, 3, 4].map((n) => retryDelay(n, 30_000, 0))).toEqual([
      15_000, 30_000, 60_000, 120_000,
    ]);
    expect([1, 2, 3, 4].map((n) => retryDelay(n, 30_000, 0.999_999))).toEqual([
      29_999, 59_999, 119_999, 239_999,
    ]);
  });
});
