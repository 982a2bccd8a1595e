export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

/** Who the password is for and where: the words a guesser tries first (NIST SP 800-63B 3.1.1.2). */
export interface PasswordContext {
  username: string;
  /** The instance's public address (`PUBLIC_URL`): its host's names count as context words. */
  publicUrl?: string;
}

let common: Set<string> | undefined;
/**
 * The 49,233 most common passwords of zxcvbn's list (`@zxcvbn-ts/language-common`, MIT): those
 * seen more than ten times among Xato's ten million leaked passwords, lower case.
 */
async function commonPasswords(): Promise<Set<string>> {
  if (!common) {
    const { dictionary } = await import('@zxcvbn-ts/language-common');
    common = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  }
  return common;
}

/** Look-alike characters people swap for letters (`P@ssw0rd`); `1` is tried as both i and l. */
const LOOK_ALIKES: Record<string, string> = {
  '0': 'o',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};

function unswapped(text: string, one: 'i' | 'l'): string {
  return text.replace(/[0134578@$!|]/g, (c) => (c === '1' ? one : (LOOK_ALIKES[c] as string)));
}

/** Not a letter (digits, symbols, spaces): what people put around a word to pass a rule. */
const NOT_LETTERS = /[^\p{L}]+/gu;

/**
 * The ways a guesser would read a password: as typed (lower case), without the digits and
 * symbols around it (`Password1!` → `password`), with look-alikes swapped back
 * (`P@ssw0rd` → `password`), and by its letters alone (`pass-word-123` → `password`).
 */
function readings(password: string): string[] {
  const lower = password.toLowerCase();
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const swapped = [unswapped(core, 'i'), unswapped(core, 'l')];
  return [
    ...new Set([
      lower,
      core,
      ...swapped,
      lower.replace(NOT_LETTERS, ''),
      ...swapped.map((text) => text.replace(NOT_LETTERS, '')),
    ]),
  ].filter((reading) => reading.length >= 4 || reading === lower);
}

/** The context words: the product's name, the username, the names in the instance's host. */
function contextWords({ username, publicUrl }: PasswordContext): string[] {
  const words = ['designdoc', username.toLowerCase()];
  if (publicUrl) {
    const host = URL.canParse(publicUrl) ? new URL(publicUrl).hostname : '';
    // `docs.acme.com` → docs, acme; addresses and short parts (com, io) say nothing.
    if (!/^[\d.]+$|^\[/.test(host))
      for (const label of host.toLowerCase().split('.').slice(0, -1))
        if (label.length >= 4) words.push(label);
  }
  return [...new Set(words.map((word) => word.replace(NOT_LETTERS, '')))].filter(
    (word) => word.length >= 3,
  );
}

/** The context word that `password` is made of, with digits, symbols or other context words. */
function builtFrom(password: string, words: string[]): string | null {
  const longestFirst = [...words].sort((a, b) => b.length - a.length);
  for (const reading of readings(password)) {
    let rest = reading.replace(NOT_LETTERS, '');
    let first: string | null = null;
    for (const word of longestFirst)
      if (rest.includes(word)) {
        rest = rest.replaceAll(word, '');
        first ??= word;
      }
    if (rest === '' && first !== null) return first;
  }
  return null;
}

/** One character repeated, or a run like `abcdefghij` / `9876543210`. */
function isPattern(password: string): boolean {
  if (/^(.{1,3})\1+$/su.test(password)) return true;
  const codes = [...password.toLowerCase()].map((c) => c.codePointAt(0) as number);
  const step = (codes[1] as number) - (codes[0] as number);
  return (
    Math.abs(step) === 1 &&
    codes.every((code, i) => i === 0 || code - (codes[i - 1] as number) === step)
  );
}

/**
 * What is wrong with a new password, or null when it may be used. Following NIST SP 800-63B:
 * a length from 10 to 256 characters and no composition rules, but not a password from a
 * breach list, not one made of the product's, the site's or the user's name plus digits and
 * symbols, and not a repeated or sequential pattern. Compared case-insensitively.
 */
export async function passwordProblem(
  password: string,
  context: PasswordContext,
): Promise<string | null> {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `must be at least ${MIN_PASSWORD_LENGTH} characters long`;
  if (password.length > MAX_PASSWORD_LENGTH)
    return `must be at most ${MAX_PASSWORD_LENGTH} characters long`;
  const { username } = context;
  if (username.length >= 3 && password.toLowerCase().includes(username.toLowerCase()))
    return 'must not contain the username';
  const word = builtFrom(password, contextWords(context));
  if (word !== null)
    return `is built from “${word}” (a name guessers try first) with digits or symbols; choose another`;
  if (isPattern(password)) return 'is a repeated or sequential pattern; choose another';
  const list = await commonPasswords();
  if (readings(password).some((reading) => list.has(reading)))
    return 'is on a list of common and breached passwords (digits or symbols around it do not change that); choose another';
  return null;
}
