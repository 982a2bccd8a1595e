import { Type } from '@fastify/type-provider-typebox';
import { DocumentBody } from './document-schemas.js';
import { Grants } from './identity-schemas.js';

/** A document sent to be saved or linted: Markdown as `text/markdown`, or JSON `{markdown, template?}`. */
export const SAVE_BODY = {
  content: {
    'application/json': { schema: DocumentBody },
    'text/markdown': { schema: Type.String({ minLength: 1 }) },
  },
};

/** A new document: as a save, and in JSON optionally `confidential` from its first moment. */
export const CREATE_BODY = {
  content: {
    'application/json': {
      schema: Type.Object(
        {
          ...DocumentBody.properties,
          confidential: Type.Optional(
            Type.Object(
              { users: Grants.properties.users, groups: Grants.properties.groups },
              {
                additionalProperties: false,
                description:
                  'Make it confidential: readable only by these users and groups, you, and admins',
              },
            ),
          ),
        },
        { additionalProperties: false },
      ),
    },
    'text/markdown': SAVE_BODY.content['text/markdown'],
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

/**
 * A create request's Markdown and template (as `readSave`), and from a JSON body its `path` and
 * `confidential` grants: the body read once.
 */
export function readCreate(
  body: unknown,
  queryTemplate: string | undefined,
): {
  markdown: string;
  template?: string;
  path?: string;
  confidential?: { users?: string[]; groups?: string[] };
} {
  const save = readSave(body, queryTemplate);
  if (typeof body === 'string') return save;
  const sent = body as { path?: string; confidential?: { users?: string[]; groups?: string[] } };
  return {
    ...save,
    ...(sent.path !== undefined ? { path: sent.path } : {}),
    ...(sent.confidential ? { confidential: sent.confidential } : {}),
  };
}
