/** What fills a message's `{{name}}` placeholders. */
export type MessageData = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/**
 * A rule's message with its `{{name}}` placeholders filled from `data`, as ESLint fills a
 * `meta.messages` entry. A placeholder without data stays as written, so a missing value shows
 * in the output instead of vanishing; data is inserted as is, never read as placeholders again.
 */
export function formatMessage(template: string, data: MessageData = {}): string {
  if (!template.includes('{{')) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : whole,
  );
}
