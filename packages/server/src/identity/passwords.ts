import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

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
