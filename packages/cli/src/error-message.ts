/**
 * What went wrong, in words: a connection refused on every address (an AggregateError from
 * `net`, whose own message is empty) says so once, from its first error.
 */
export function errorMessage(error: unknown): string {
  const { message, code, errors } = (error ?? {}) as {
    message?: string;
    code?: string;
    errors?: unknown[];
  };
  if (message) return message;
  if (errors?.[0]) return errorMessage(errors[0]);
  return code ?? String(error);
}
