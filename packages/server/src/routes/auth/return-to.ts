const FALLBACK = '/';
const ORIGIN = 'http://designdoc.invalid';

/**
 * Where to send the browser after signing in: a path on this server, never another site. A
 * value that is not a plain relative path (`//evil.example`, `/\evil.example`, a scheme, control
 * characters that browsers drop) becomes `/`, so that the sign-in link cannot be an open
 * redirect.
 */
export function safeReturnTo(value: string | undefined): string {
  if (value === undefined || value.length > 2000) return FALLBACK;
  if (!value.startsWith('/') || value.startsWith('//')) return FALLBACK;
  // Browsers read a backslash as a slash and drop tabs and newlines inside URLs.
  if (value.includes('\\') || [...value].some(isControl)) return FALLBACK;
  const url = new URL(value, ORIGIN);
  if (url.origin !== ORIGIN) return FALLBACK;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Normalising can make `//host` out of `/.//host` or `/..//host`: check what is sent, too.
  return path.startsWith('//') || path.startsWith('/\\') ? FALLBACK : path;
}

function isControl(character: string): boolean {
  const code = character.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}
