import { Type } from '@fastify/type-provider-typebox';
import { DocumentBody } from './schemas.js';

/** A document sent to be saved or linted: Markdown as `text/markdown`, or JSON `{markdown, template?}`. */
export const SAVE_BODY = {
  content: {
    'application/json': { schema: DocumentBody },
    'text/markdown': { schema: Type.String({ minLength: 1 }) },
  },
};

/** The Markdown of a save or lint request and the template it asks for (body first, then `?template=`). */
export function readSave(
  body: unknown,
  queryTemplate: string | undefined,
): { markdown: string; template?: string } {
  const sent = body as string | { markdown: string; template?: string };
  const markdown = typeof sent === 'string' ? sent : sent.markdown;
  const template = (typeof sent === 'string' ? undefined : sent.template) ?? queryTemplate;
  return template ? { markdown, template } : { markdown };
}
