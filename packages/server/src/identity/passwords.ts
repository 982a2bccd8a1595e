import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

/** A password to print once: 18 random bytes, 24 characters of base64url (about 144 bits). */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

/** argon2id with the library's defaults (OWASP's minimum: 19 MiB, 2 iterations, 1 lane). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/**
 * Whether `password` matches the stored hash. With no hash (an unknown user, or one who only
 * signs in through single sign-on) it checks against a throwaway hash, so that the answer takes
 * as long either way and timing does not tell which usernames exist.
 */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) {
    await verify(await throwawayHash(), password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}

let throwaway: Promise<string> | undefined;
function throwawayHash(): Promise<string> {
  throwaway ??= hash('designdoc-throwaway-password');
  return throwaway;
}

let common: Set<string> | undefined;
/** The 49,000 most common passwords of zxcvbn's list (lower case). */
async function commonPasswords(): Promise<Set<string>> {
  if (!common) {
    const { dictionary } = await import('@zxcvbn-ts/language-common');
    common = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  }
  return common;
}

/** What is wrong with a new password, or null when it may be used. */
export async function passwordProblem(password: string, username: string): Promise<string | null> {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `must be at least ${MIN_PASSWORD_LENGTH} characters long`;
  if (password.length > MAX_PASSWORD_LENGTH)
    return `must be at most ${MAX_PASSWORD_LENGTH} characters long`;
  const lower = password.toLowerCase();
  if (lower.includes(username.toLowerCase()) && username.length >= 3)
    return 'must not contain the username';
  if ((await commonPasswords()).has(lower) || /^(.)\1*$/.test(password))
    return 'is one of the most common passwords; choose another';
  return null;
}
