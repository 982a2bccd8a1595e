// Generated from the server's OpenAPI document (GET /api/v1/openapi.json) by
// scripts/generate-api-types.mjs with openapi-typescript. Do not edit: change the server's
// TypeBox schemas, then run `npx tsc -b && node scripts/generate-api-types.mjs`.
// CI fails when this file is not current (`node scripts/generate-api-types.mjs --check`).

export interface paths {
  '/api/v1/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Your API keys (never their secrets). */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: date-time */
                createdAt: string;
                expiresAt: string | null;
                id: string;
                lastUsedAt: string | null;
                name: string;
                /** @description The key’s first characters, to tell keys apart */
                prefix: string;
                revokedAt: string | null;
                scopes: ('read' | 'write' | 'admin')[];
              }[];
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    /** @description Create an API key for yourself. `secret` is shown only in this response; send it as `Authorization: Bearer <secret>`. A key never does more than your role allows, and a key cannot create a key with wider scopes than its own. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date-time */
            expiresAt?: string;
            name: string;
            scopes: ('read' | 'write' | 'admin')[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              key: {
                /** Format: date-time */
                createdAt: string;
                expiresAt: string | null;
                id: string;
                lastUsedAt: string | null;
                name: string;
                /** @description The key’s first characters, to tell keys apart */
                prefix: string;
                revokedAt: string | null;
                scopes: ('read' | 'write' | 'admin')[];
              };
              secret: string;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The request body is larger than this server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The body is not in a media type and charset this operation takes */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/api-keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** @description Revoke one of your keys; it stops working at once. */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The audit log, newest first, filtered by actor, action, target and time (instance admin); cursor pagination. */
    get: {
      parameters: {
        query?: {
          action?:
            | 'sign-in.succeeded'
            | 'sign-in.failed'
            | 'sign-in.throttled'
            | 'access.denied'
            | 'sign-out'
            | 'sign-out.everywhere'
            | 'password.changed'
            | 'user.created'
            | 'user.updated'
            | 'api-key.created'
            | 'api-key.revoked'
            | 'membership.changed'
            | 'membership.removed'
            | 'workspace.created'
            | 'workspace.updated'
            | 'template.saved'
            | 'document.created'
            | 'document.updated'
            | 'document.archived'
            | 'document.restored'
            | 'document.access-changed'
            | 'document.read-confidential'
            | 'document.status-changed'
            | 'review.requested'
            | 'review.request-removed'
            | 'review.submitted'
            | 'review-policy.updated'
            | 'check-run.reported'
            | 'group.changed'
            | 'comment.created'
            | 'comment.edited'
            | 'comment.resolved'
            | 'comment.reopened'
            | 'webhook.created'
            | 'webhook.updated'
            | 'webhook.deleted'
            | 'webhook.redelivered';
          actor?: string;
          cursor?: string;
          limit?: number;
          since?: string;
          target?: string;
          until?: string;
          /** @description Lower-case letters, digits and dashes; the workspace in URLs */
          workspace?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                action: string;
                actor: string | null;
                actorId: string | null;
                address: string | null;
                /** Format: date-time */
                at: string;
                details: {
                  [key: string]: unknown;
                };
                id: number;
                requestId: string | null;
                target: {
                  id: string;
                  type: string;
                } | null;
                workspace: string | null;
              }[];
              next: string | null;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Sign in with a local account: sets the session cookie (HttpOnly, SameSite=Lax) and returns the CSRF token that changes made with it must send. Failed attempts are slowed down with growing delays (429 with Retry-After). */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            password: string;
            username: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              csrfToken: string;
              /** Format: date-time */
              expiresAt: string;
              user: {
                /** Format: date-time */
                createdAt: string;
                disabled: boolean;
                displayName: string;
                email: string | null;
                id: string;
                instanceAdmin: boolean;
                username: string;
              };
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The request body is larger than this server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The body is not in a media type and charset this operation takes */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Ends this session (with an API key: nothing to end). */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/oidc/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Where the identity provider sends the browser back: on success, the session cookie and 302 to the `returnTo` of the sign-in. Register this URL (PUBLIC_URL + /api/v1/auth/oidc/callback) at the provider. */
    get: {
      parameters: {
        query?: {
          code?: string;
          error?: string;
          state?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Signed in: to the `returnTo` of the sign-in, with the session cookie */
        302: {
          headers: {
            location?: string;
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The identity provider cannot be reached or answered wrongly */
        502: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/oidc/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Start single sign-on: 302 to the identity provider. `returnTo`, a path on this server, is where the browser lands afterwards (anything else: `/`). */
    get: {
      parameters: {
        query?: {
          returnTo?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description To the identity provider’s sign-in page */
        302: {
          headers: {
            location?: string;
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The identity provider cannot be reached or answered wrongly */
        502: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The ways to sign in here: always a password; single sign-on when OIDC_ISSUER is set, with the name its button shows. */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              oidc: {
                name: string;
              } | null;
              /** @enum {boolean} */
              password: true;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The decision log: the Key Design Decisions rows of every document you may read, filtered by workspace and status. */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          document_status?: string;
          limit?: number;
          /** @description Lower-case letters, digits and dashes; the workspace in URLs */
          workspace?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                decision: string;
                document: {
                  id: string;
                  status: string;
                  title: string;
                  /** @description Lower-case letters, digits and dashes; the workspace in URLs */
                  workspace: string;
                };
                rationale: string;
                section: string;
                tradeOffs: string;
              }[];
              next: string | null;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Documents of the workspaces you can read. */
    get: {
      parameters: {
        query?: {
          author?: string;
          cursor?: string;
          has_errors?: boolean;
          limit?: number;
          /** @description Relative repository path, e.g. docs/adr/0001-use-postgresql.md: `/` between folders (`//` is made one), no `.` or `..` segment, no leading or trailing `/`, backslash, control character or blank segment; at most 500 characters, 255 bytes a segment */
          path?: string;
          sort?: 'updated' | '-updated' | 'title' | '-title';
          status?: string;
          tag?: string;
          template?: string;
          updated_since?: string;
          /** @description Lower-case letters, digits and dashes; the workspace in URLs */
          workspace?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description SHA-256 of the head version's Markdown */
                contentHash: string;
                /** Format: date-time */
                createdAt: string;
                errorCount: number;
                id: string;
                path: string | null;
                status: string;
                /** @description The document that replaced this one, when its status is superseded */
                supersededBy: string | null;
                template: string;
                title: string;
                /** Format: date-time */
                updatedAt: string;
                version: number;
                warningCount: number;
                /** @description Lower-case letters, digits and dashes; the workspace in URLs */
                workspace: string;
              }[];
              /** @description Cursor of the next page, null on the last */
              next: string | null;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The document as JSON (default), `text/markdown` or sanitised `text/html` by the Accept header. */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description SHA-256 of the head version's Markdown */
              contentHash: string;
              /** Format: date-time */
              createdAt: string;
              diagnostics: ({
                message: string;
                /** @description The rule’s id for this message, as ESLint’s messageId */
                messageId?: string;
                place: {
                  end: {
                    column: number;
                    line: number;
                    offset: number;
                  };
                  start: {
                    column: number;
                    line: number;
                    offset: number;
                  };
                };
                ruleId: string;
                severity: 'error' | 'warning';
                url: string;
              } & {
                [key: string]: unknown;
              })[];
              errorCount: number;
              id: string;
              /** @description The typed model (designdoc schema model) */
              model: {
                [key: string]: unknown;
              };
              path: string | null;
              status: string;
              /** @description The document that replaced this one, when its status is superseded */
              supersededBy: string | null;
              template: string;
              title: string;
              /** Format: date-time */
              updatedAt: string;
              version: number;
              warningCount: number;
              /** @description Lower-case letters, digits and dashes; the workspace in URLs */
              workspace: string;
            };
            'text/html': string;
            'text/markdown': string;
          };
        };
        /** @description Default Response */
        304: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No representation matches the Accept header */
        406: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    /** @description Save a new version of the document. `If-Match` with the ETag you read is required (428 without, 412 when stale). */
    put: {
      parameters: {
        query?: {
          /** @description Relative repository path, e.g. docs/adr/0001-use-postgresql.md: `/` between folders (`//` is made one), no `.` or `..` segment, no leading or trailing `/`, backslash, control character or blank segment; at most 500 characters, 255 bytes a segment */
          path?: string;
          template?: string;
        };
        header?: {
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            markdown: string;
            /** @description Relative repository path, e.g. docs/adr/0001-use-postgresql.md: `/` between folders (`//` is made one), no `.` or `..` segment, no leading or trailing `/`, backslash, control character or blank segment; at most 500 characters, 255 bytes a segment */
            path?: string;
            template?: string;
          };
          'text/markdown': string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description SHA-256 of the head version's Markdown */
              contentHash: string;
              /** Format: date-time */
              createdAt: string;
              errorCount: number;
              id: string;
              path: string | null;
              status: string;
              /** @description The document that replaced this one, when its status is superseded */
              supersededBy: string | null;
              template: string;
              title: string;
              /** Format: date-time */
              updatedAt: string;
              version: number;
              warningCount: number;
              /** @description Lower-case letters, digits and dashes; the workspace in URLs */
              workspace: string;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The resource has changed since the ETag sent in If-Match */
        412: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The request body is larger than this server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The body is not in a media type and charset this operation takes */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description If-Match is required */
        428: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    post?: never;
    /** @description Archives the document: it leaves lists, search and dashboards; an admin can restore it. */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/access': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Who may read a confidential document besides admins: its `restricted` flag and the users and groups granted. */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              groups: string[];
              restricted: boolean;
              users: string[];
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    /** @description Make the document confidential (restricted: true, readable by the users and groups named, you, and admins) or open it to the workspace again. */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            groups?: string[];
            restricted: boolean;
            users?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              groups: string[];
              restricted: boolean;
              users: string[];
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The request body is larger than this server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The body is not in a media type and charset this operation takes */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/checks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The check runs of the document: `latest`, the newest run of each check name on `?version` (default: the head), and `runs`, every run (of `?version`, when given), newest first, paged with `cursor` like the other lists (`limit` ≤ 100, default 20). */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
          /** @description Only runs on this version, and `latest` for it (default: every version; `latest` for the head) */
          version?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The newest run of each check name on that version, by name */
              latest: {
                /** @description Lower-case hex, or null */
                commit: string | null;
                /** Format: date-time */
                createdAt: string;
                diagnostics: {
                  column: number;
                  endColumn?: number;
                  endLine?: number;
                  line: number;
                  message: string;
                  ruleId: string;
                  severity: 'error' | 'warning';
                }[];
                errorCount: number;
                id: string;
                /** @description Lower-case letters, digits and . _ -, starting with a letter or digit; 1 to 64 characters (`check-api`, `check-schema`) */
                name: string;
                reportedBy: {
                  displayName: string;
                  username: string;
                };
                result: 'passed' | 'failed';
                /** @description The CI job’s page, or null */
                url: string | null;
                /** @description The document version the run checked */
                version: number;
                warningCount: number;
              }[];
              /** @description Cursor of the next page of `runs`, null on the last */
              next: string | null;
              /** @description This page of runs, newest first */
              runs: {
                /** @description Lower-case hex, or null */
                commit: string | null;
                /** Format: date-time */
                createdAt: string;
                diagnostics: {
                  column: number;
                  endColumn?: number;
                  endLine?: number;
                  line: number;
                  message: string;
                  ruleId: string;
                  severity: 'error' | 'warning';
                }[];
                errorCount: number;
                id: string;
                /** @description Lower-case letters, digits and . _ -, starting with a letter or digit; 1 to 64 characters (`check-api`, `check-schema`) */
                name: string;
                reportedBy: {
                  displayName: string;
                  username: string;
                };
                result: 'passed' | 'failed';
                /** @description The CI job’s page, or null */
                url: string | null;
                /** @description The document version the run checked */
                version: number;
                warningCount: number;
              }[];
              /** @description The version `latest` is about: `?version`, else the head */
              version: number;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    /** @description Reports a check run on a version of the document (the head unless `version` says which; one it does not have is a 400 at `/version`): its name, `passed` or `failed`, and its diagnostics. For whoever may write the document (an author, or an API key with `write`). More than 1,000 diagnostics is a 400 at `/diagnostics`; a body over 1 MiB a 413 `payload-too-large`; `passed` with errors, or counts below what `diagnostics` lists, a 400 naming the field. Audited as `check-run.reported`. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The commit checked: 7 to 64 hex digits */
            commit?: string;
            /** @description The findings, as `designdoc check-api --format json` gives a file’s messages; at most 1,000 (send the first 1,000 and the totals in `errorCount` and `warningCount`) */
            diagnostics: {
              column: number;
              endColumn?: number;
              endLine?: number;
              line: number;
              message: string;
              ruleId: string;
              severity: 'error' | 'warning';
            }[];
            /** @description Errors in all (default: those in `diagnostics`); not fewer than listed */
            errorCount?: number;
            /** @description Lower-case letters, digits and . _ -, starting with a letter or digit; 1 to 64 characters (`check-api`, `check-schema`) */
            name: string;
            result: 'passed' | 'failed';
            /** @description The CI job’s page: an http:// or https:// URL */
            url?: string;
            /** @description The document version checked (default: the head); one it does not have is a 400 */
            version?: number;
            /** @description Warnings in all (default: those in `diagnostics`); not fewer than listed */
            warningCount?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Lower-case hex, or null */
              commit: string | null;
              /** Format: date-time */
              createdAt: string;
              diagnostics: {
                column: number;
                endColumn?: number;
                endLine?: number;
                line: number;
                message: string;
                ruleId: string;
                severity: 'error' | 'warning';
              }[];
              errorCount: number;
              id: string;
              /** @description Lower-case letters, digits and . _ -, starting with a letter or digit; 1 to 64 characters (`check-api`, `check-schema`) */
              name: string;
              reportedBy: {
                displayName: string;
                username: string;
              };
              result: 'passed' | 'failed';
              /** @description The CI job’s page, or null */
              url: string | null;
              /** @description The document version the run checked */
              version: number;
              warningCount: number;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The request body is larger than this server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The body is not in a media type and charset this operation takes */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The threads of the document, compared with its head: in section order, outdated ones last, with the unresolved count per section. */
    get: {
      parameters: {
        query?: {
          /** @description Which threads: open (unresolved), resolved, or all (default) */
          state?: 'open' | 'resolved' | 'all';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                comments: {
                  author: {
                    displayName: string;
                    id: string;
                    username: string;
                  };
                  body: string;
                  /** Format: date-time */
                  createdAt: string;
                  editedAt: string | null;
                  id: string;
                  mentions: string[];
                  parentId: string | null;
                  threadId: string;
                  /** @description The head version when it was written */
                  version: number;
                }[];
                /** Format: date-time */
                createdAt: string;
                id: string;
                outdated: boolean;
                outdatedReason: 'section-removed' | 'quote-not-found' | null;
                quote: string | null;
                resolved: boolean;
                resolvedAt: string | null;
                resolvedBy: {
                  displayName: string;
                  id: string;
                  username: string;
                } | null;
                section: {
                  anchor: string;
                  title: string;
                };
                /** @description The head version when the thread was started */
                version: number;
              }[];
              /** @description Unresolved threads per section of the head, by anchor (those whose quote is gone included) */
              sections: {
                [key: string]: number;
              };
              /** @description Unresolved threads whose section the head no longer has */
              unresolvedOutdated: number;
              /** @description The head version threads are compared with */
              version: number;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    /** @description Start a thread on a section of the head version (its anchor or heading text), optionally about a passage of it. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            body: string;
            /** @description A passage of that section, as a reader sees it on the page */
            quote?: string;
            /** @description The section: its heading anchor (`data-flow`, `#data-flow`) or heading text */
            section: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              comments: {
                author: {
                  displayName: string;
                  id: string;
                  username: string;
                };
                body: string;
                /** Format: date-time */
                createdAt: string;
                editedAt: string | null;
                id: string;
                mentions: string[];
                parentId: string | null;
                threadId: string;
                /** @description The head version when it was written */
                version: number;
              }[];
              /** Format: date-time */
              createdAt: string;
              id: string;
              outdated: boolean;
              outdatedReason: 'section-removed' | 'quote-not-found' | null;
              quote: string | null;
              resolved: boolean;
              resolvedAt: string | null;
              resolvedBy: {
                displayName: string;
                id: string;
                username: string;
              } | null;
              section: {
                anchor: string;
                title: string;
              };
              /** @description The head version when the thread was started */
              version: number;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The request body is larger than this server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The body is not in a media type and charset this operation takes */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/comments/{commentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The thread a comment belongs to. */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          commentId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              comments: {
                author: {
                  displayName: string;
                  id: string;
                  username: string;
                };
                body: string;
                /** Format: date-time */
                createdAt: string;
                editedAt: string | null;
                id: string;
                mentions: string[];
                parentId: string | null;
                threadId: string;
                /** @description The head version when it was written */
                version: number;
              }[];
              /** Format: date-time */
              createdAt: string;
              id: string;
              outdated: boolean;
              outdatedReason: 'section-removed' | 'quote-not-found' | null;
              quote: string | null;
              resolved: boolean;
              resolvedAt: string | null;
              resolvedBy: {
                displayName: string;
                id: string;
                username: string;
              } | null;
              section: {
                anchor: string;
                title: string;
              };
              /** @description The head version when the thread was started */
              version: number;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** @description Edit your own comment. People it newly mentions are notified; those already notified are not again. */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          commentId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            body: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              author: {
                displayName: string;
                id: string;
                username: string;
              };
              body: string;
              /** Format: date-time */
              createdAt: string;
              editedAt: string | null;
              id: string;
              mentions: string[];
              parentId: string | null;
              threadId: string;
              /** @description The head version when it was written */
              version: number;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The request body is larger than this server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The body is not in a media type and charset this operation takes */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/documents/{id}/comments/{commentId}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Reopen the comment's resolved thread: its author, or authors and up (comment:resolve). Not resolved → 409. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          commentId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              comments: {
                author: {
                  displayName: string;
                  id: string;
                  username: string;
                };
                body: string;
                /** Format: date-time */
                createdAt: string;
                editedAt: string | null;
                id: string;
                mentions: string[];
                parentId: string | null;
                threadId: string;
                /** @description The head version when it was written */
                version: number;
              }[];
              /** Format: date-time */
              createdAt: string;
              id: string;
              outdated: boolean;
              outdatedReason: 'section-removed' | 'quote-not-found' | null;
              quote: string | null;
              resolved: boolean;
              resolvedAt: string | null;
              resolvedBy: {
                displayName: string;
                id: string;
                username: string;
              } | null;
              section: {
                anchor: string;
                title: string;
              };
              /** @description The head version when the thread was started */
              version: number;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Conflicts with the current state: the problem says what */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/comments/{commentId}/replies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Answer a comment, in its thread. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          commentId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            body: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              author: {
                displayName: string;
                id: string;
                username: string;
              };
              body: string;
              /** Format: date-time */
              createdAt: string;
              editedAt: string | null;
              id: string;
              mentions: string[];
              parentId: string | null;
              threadId: string;
              /** @description The head version when it was written */
              version: number;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The request body is larger than this server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The body is not in a media type and charset this operation takes */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/comments/{commentId}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Resolve the comment's thread: its author, or authors and up (comment:resolve). Already resolved → 409. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          commentId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              comments: {
                author: {
                  displayName: string;
                  id: string;
                  username: string;
                };
                body: string;
                /** Format: date-time */
                createdAt: string;
                editedAt: string | null;
                id: string;
                mentions: string[];
                parentId: string | null;
                threadId: string;
                /** @description The head version when it was written */
                version: number;
              }[];
              /** Format: date-time */
              createdAt: string;
              id: string;
              outdated: boolean;
              outdatedReason: 'section-removed' | 'quote-not-found' | null;
              quote: string | null;
              resolved: boolean;
              resolvedAt: string | null;
              resolvedBy: {
                displayName: string;
                id: string;
                username: string;
              } | null;
              section: {
                anchor: string;
                title: string;
              };
              /** @description The head version when the thread was started */
              version: number;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Conflicts with the current state: the problem says what */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/diff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description A unified diff between two versions of the document (`from`, `to`), computed with an edit budget. */
    get: {
      parameters: {
        query: {
          from: number;
          to?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description True when the versions differ by more than 1,000 changed lines: `unified` then keeps the lines they share at the start and end and replaces all between as one block (still exact, less precise) */
              coarse: boolean;
              from: number;
              sections: {
                added: string[];
                /** @description Title paths such as "Architecture › Data Flow" */
                changed: string[];
                removed: string[];
              };
              to: number;
              /** @description Unified diff of the Markdown, three lines of context */
              unified: string;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Live updates of one document. */
    get: {
      parameters: {
        query?: {
          /** @description As `Last-Event-ID`, for clients that cannot set headers (the header wins) */
          lastEventId?: string;
        };
        header?: {
          /** @description The `id` of the last event received; the events after it are sent first */
          'last-event-id'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Server-sent events: `id:` the event seq, `event:` its type, `data:` its payload as JSON; `ready` once live, `reset` when missed events cannot be replayed; comment lines as heartbeats */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/event-stream': string;
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Brings an archived document back (workspace admins). */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description SHA-256 of the head version's Markdown */
              contentHash: string;
              /** Format: date-time */
              createdAt: string;
              errorCount: number;
              id: string;
              path: string | null;
              status: string;
              /** @description The document that replaced this one, when its status is superseded */
              supersededBy: string | null;
              template: string;
              title: string;
              /** Format: date-time */
              updatedAt: string;
              version: number;
              warningCount: number;
              /** @description Lower-case letters, digits and dashes; the workspace in URLs */
              workspace: string;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Conflicts with the current state: the problem says what */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/review-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Asks more reviewers (or the same ones again) to review a document that is in review. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reviewers: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Conflicts with the current state: the problem says what */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The request body is larger than this server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The body is not in a media type and charset this operation takes */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/review-requests/{username}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** @description No longer asks this reviewer (their verdicts stay in the history). */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          username: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The review: who is asked and where each stands, every verdict (dismissed ones kept as history), the policy, and what blocks approval now. */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Approvals that count toward the policy */
              approvals: number;
              /** @description What keeps the document from being approved now (empty: it can be) */
              blockers: {
                /** @description not-in-review, lint-errors, open-questions, checks-failing, own-document, approvals-missing, required-reviewer or changes-requested */
                code: string;
                detail: string;
              }[];
              policy: {
                allowSelfApproval: boolean;
                blockOnErrors: boolean;
                blockOnOpenQuestions: boolean;
                dismissStaleApprovals: boolean;
                requiredApprovals: number;
                /** @description Checks (`check-api`, `check-schema` …) whose newest run on the head version must have passed before the document is approved */
                requiredChecks: string[];
                requiredReviewers: string[];
              };
              reviewers: {
                displayName: string;
                /** Format: date-time */
                requestedAt: string;
                state: 'pending' | 'approved' | 'changes-requested';
                username: string;
              }[];
              reviews: {
                body: string;
                /** Format: date-time */
                createdAt: string;
                dismissed: boolean;
                dismissedReason: string | null;
                id: string;
                reviewer: {
                  displayName: string;
                  username: string;
                };
                verdict: 'approved' | 'changes-requested' | 'commented';
                version: number;
              }[];
              status: 'draft' | 'in-review' | 'approved' | 'rejected' | 'superseded' | 'deprecated';
              version: number;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    /** @description A verdict on the head version: `approved` (refused with 409 `approval-blocked` while a gate holds), `changes-requested` (with a comment), or `commented`. The approval that meets the policy approves the document. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            body?: string;
            verdict: 'approved' | 'changes-requested' | 'commented';
            /** @description The version reviewed; refused when it is no longer the head */
            version?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              document: {
                /** @description SHA-256 of the head version's Markdown */
                contentHash: string;
                /** Format: date-time */
                createdAt: string;
                errorCount: number;
                id: string;
                path: string | null;
                status: string;
                /** @description The document that replaced this one, when its status is superseded */
                supersededBy: string | null;
                template: string;
                title: string;
                /** Format: date-time */
                updatedAt: string;
                version: number;
                warningCount: number;
                /** @description Lower-case letters, digits and dashes; the workspace in URLs */
                workspace: string;
              };
              review: {
                body: string;
                /** Format: date-time */
                createdAt: string;
                dismissed: boolean;
                dismissedReason: string | null;
                id: string;
                reviewer: {
                  displayName: string;
                  username: string;
                };
                verdict: 'approved' | 'changes-requested' | 'commented';
                version: number;
              };
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Conflicts with the current state: the problem says what */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The request body is larger than this server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The body is not in a media type and charset this operation takes */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The status timeline: every move with who made it, when and at which version; and which documents this one supersedes or is superseded by. */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description Username; null when designdoc made the change (an edit after approval) */
                actor: string | null;
                /** Format: date-time */
                at: string;
                comment: string;
                from: 'draft' | 'in-review' | 'approved' | 'rejected' | 'superseded' | 'deprecated';
                supersededBy: string | null;
                to: 'draft' | 'in-review' | 'approved' | 'rejected' | 'superseded' | 'deprecated';
                version: number;
              }[];
              status: 'draft' | 'in-review' | 'approved' | 'rejected' | 'superseded' | 'deprecated';
              supersededBy: string | null;
              supersedes: {
                id: string;
                title: string;
              }[];
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    /** @description Moves the document to another status. Requesting review names reviewers; approving passes the review policy (409 `approval-blocked` lists what blocks it); superseding names the replacing document. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            comment?: string;
            /** @description Who to ask, when moving to in-review */
            reviewers?: string[];
            /**
             * Format: uuid
             * @description The replacing document, when superseding
             */
            supersededBy?: string;
            to: 'draft' | 'in-review' | 'approved' | 'rejected' | 'superseded' | 'deprecated';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              document: {
                /** @description SHA-256 of the head version's Markdown */
                contentHash: string;
                /** Format: date-time */
                createdAt: string;
                errorCount: number;
                id: string;
                path: string | null;
                status: string;
                /** @description The document that replaced this one, when its status is superseded */
                supersededBy: string | null;
                template: string;
                title: string;
                /** Format: date-time */
                updatedAt: string;
                version: number;
                warningCount: number;
                /** @description Lower-case letters, digits and dashes; the workspace in URLs */
                workspace: string;
              };
              transition: {
                /** @description Username; null when designdoc made the change (an edit after approval) */
                actor: string | null;
                /** Format: date-time */
                at: string;
                comment: string;
                from: 'draft' | 'in-review' | 'approved' | 'rejected' | 'superseded' | 'deprecated';
                supersededBy: string | null;
                to: 'draft' | 'in-review' | 'approved' | 'rejected' | 'superseded' | 'deprecated';
                version: number;
              };
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Conflicts with the current state: the problem says what */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The request body is larger than this server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The body is not in a media type and charset this operation takes */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The document's versions, newest first: number, author, time and content hash. */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                contentHash: string;
                /** Format: date-time */
                createdAt: string;
                number: number;
              }[];
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/versions/{n}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description One version of the document: its Markdown, model and diagnostics as stored. */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          n: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              contentHash: string;
              /** Format: date-time */
              createdAt: string;
              diagnostics: ({
                message: string;
                /** @description The rule’s id for this message, as ESLint’s messageId */
                messageId?: string;
                place: {
                  end: {
                    column: number;
                    line: number;
                    offset: number;
                  };
                  start: {
                    column: number;
                    line: number;
                    offset: number;
                  };
                };
                ruleId: string;
                severity: 'error' | 'warning';
                url: string;
              } & {
                [key: string]: unknown;
              })[];
              markdown: string;
              model: {
                [key: string]: unknown;
              };
              number: number;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Every group with its members, for choosing whom to grant a confidential document to. */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: date-time */
                createdAt: string;
                members: string[];
                name: string;
              }[];
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    /** @description Create a group (instance admin); confidential documents are granted to groups. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            members?: string[];
            /** @description Lower-case letters, digits and . _ - */
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string;
              members: string[];
              name: string;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Conflicts with the current state: the problem says what */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The request body is larger than this server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The body is not in a media type and charset this operation takes */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/groups/{name}/members/{username}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** @description Add a user to a group (instance admin). */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Lower-case letters, digits and . _ - */
          name: string;
          /** @description Lower-case letters, digits and . _ -; 1 to 40 characters */
          username: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    post?: never;
    /** @description Remove a user from a group (instance admin); the grants the group holds no longer reach them. */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Lower-case letters, digits and . _ - */
          name: string;
          /** @description Lower-case letters, digits and . _ -; 1 to 40 characters */
          username: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/lint': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Lints without storing. With `?workspace=`, the workspace’s own templates (and default) apply; you must be able to read it. */
    post: {
      parameters: {
        query?: {
          template?: string;
          /** @description Lower-case letters, digits and dashes; the workspace in URLs */
          workspace?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            markdown: string;
            /** @description Relative repository path, e.g. docs/adr/0001-use-postgresql.md: `/` between folders (`//` is made one), no `.` or `..` segment, no leading or trailing `/`, backslash, control character or blank segment; at most 500 characters, 255 bytes a segment */
            path?: string;
            template?: string;
          };
          'text/markdown': string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              diagnostics: ({
                message: string;
                /** @description The rule’s id for this message, as ESLint’s messageId */
                messageId?: string;
                place: {
                  end: {
                    column: number;
                    line: number;
                    offset: number;
                  };
                  start: {
                    column: number;
                    line: number;
                    offset: number;
                  };
                };
                ruleId: string;
                severity: 'error' | 'warning';
                url: string;
              } & {
                [key: string]: unknown;
              })[];
              errorCount: number;
              template: string;
              warningCount: number;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The request body is larger than this server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The body is not in a media type and charset this operation takes */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Who you are: your user, how you signed in (session or API key, with its scopes), the CSRF token of a session, and your role in each workspace. */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              authenticatedBy: 'session' | 'api-key';
              /** @description For a session: send it as x-csrf-token with every POST, PUT, PATCH and DELETE */
              csrfToken: string | null;
              memberships: {
                /**
                 * @description viewer < author < reviewer < admin
                 * @enum {string}
                 */
                role: 'viewer' | 'author' | 'reviewer' | 'admin';
                /** @description Lower-case letters, digits and dashes; the workspace in URLs */
                workspace: string;
              }[];
              /** @description The API key’s scopes; null for a session */
              scopes: ('read' | 'write' | 'admin')[] | null;
              user: {
                /** Format: date-time */
                createdAt: string;
                disabled: boolean;
                displayName: string;
                email: string | null;
                id: string;
                instanceAdmin: boolean;
                username: string;
              };
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Your notifications, unread first, then newest first; `unreadCount` counts all unread ones. */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
          /** @description Only unread notifications */
          unread?: boolean;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                actor: {
                  displayName: string;
                  id: string;
                  username: string;
                } | null;
                comment: {
                  excerpt: string;
                  id: string;
                  threadId: string;
                } | null;
                /** Format: date-time */
                createdAt: string;
                document: {
                  id: string;
                  title: string;
                  workspace: string;
                };
                id: string;
                /** @enum {string} */
                kind: 'mention';
                read: boolean;
                readAt: string | null;
              }[];
              next: string | null;
              unreadCount: number;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/notifications/{notificationId}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Mark one of your notifications read. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          notificationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Mark every one of your notifications read; answers how many were unread. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              marked: number;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** @description Change your password; every session of your account ends (sign in again). */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            currentPassword: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The request body is larger than this server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The body is not in a media type and charset this operation takes */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Waiting for me: documents in review that ask you to review them and that you have not approved or asked changes on since their last version, oldest request first. */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                document: {
                  /** @description SHA-256 of the head version's Markdown */
                  contentHash: string;
                  /** Format: date-time */
                  createdAt: string;
                  errorCount: number;
                  id: string;
                  path: string | null;
                  status: string;
                  /** @description The document that replaced this one, when its status is superseded */
                  supersededBy: string | null;
                  template: string;
                  title: string;
                  /** Format: date-time */
                  updatedAt: string;
                  version: number;
                  warningCount: number;
                  /** @description Lower-case letters, digits and dashes; the workspace in URLs */
                  workspace: string;
                };
                /** Format: date-time */
                requestedAt: string;
              }[];
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** @description Sign out everywhere: ends every session of your account (API keys stay). */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ended: number;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/questions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The questions board: open questions of the head versions you may read, filtered by workspace and status. */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          document_status?: string;
          limit?: number;
          /** @description Only questions first seen at least this many days ago */
          older_than_days?: number;
          /** @description Comma-separated: open, in-progress, resolved, none (no status), unresolved (all but resolved) */
          status?: string;
          /** @description Lower-case letters, digits and dashes; the workspace in URLs */
          workspace?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                document: {
                  id: string;
                  status: string;
                  title: string;
                  /** @description Lower-case letters, digits and dashes; the workspace in URLs */
                  workspace: string;
                };
                /** Format: date-time */
                firstSeenAt: string;
                note: string;
                section: string;
                status: string | null;
                text: string;
              }[];
              next: string | null;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Searches the workspaces you can read. */
    get: {
      parameters: {
        query: {
          limit?: number;
          offset?: number;
          q: string;
          status?: string;
          /** @description Lower-case letters, digits and dashes; the workspace in URLs */
          workspace?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                /** @description The place in the results, 1 for the best. (Not the engine’s score: SQLite’s bm25 depends on every document in the index, and would tell how many documents you cannot see hold a word.) */
                rank: number;
                /** @description Safe HTML: escaped text with the matches in <mark> */
                snippet: string;
                status: string;
                title: string;
                /** @description Lower-case letters, digits and dashes; the workspace in URLs */
                workspace: string;
              }[];
              nextOffset: number | null;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Every user of the instance (instance admin). */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: date-time */
                createdAt: string;
                disabled: boolean;
                displayName: string;
                email: string | null;
                id: string;
                instanceAdmin: boolean;
                username: string;
              }[];
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    /** @description Create a local user with a password, or a service account (instance admin). */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            displayName?: string;
            /** Format: email */
            email?: string;
            instanceAdmin?: boolean;
            password: string;
            /** @description Lower-case letters, digits and . _ -; 1 to 40 characters */
            username: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string;
              disabled: boolean;
              displayName: string;
              email: string | null;
              id: string;
              instanceAdmin: boolean;
              username: string;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Conflicts with the current state: the problem says what */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The request body is larger than this server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The body is not in a media type and charset this operation takes */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{username}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** @description Change an account: a new password or disabling it ends its sessions; a disabled account cannot sign in and its API keys stop working. */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Lower-case letters, digits and . _ -; 1 to 40 characters */
          username: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            disabled?: boolean;
            displayName?: string;
            email?: string | null;
            instanceAdmin?: boolean;
            password?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string;
              disabled: boolean;
              displayName: string;
              email: string | null;
              id: string;
              instanceAdmin: boolean;
              username: string;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Conflicts with the current state: the problem says what */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The request body is larger than this server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The body is not in a media type and charset this operation takes */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The workspaces you are a member of (every workspace for an instance admin). */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: date-time */
                createdAt: string;
                defaultTemplate: string;
                name: string;
                /** @description Lower-case letters, digits and dashes; the workspace in URLs */
                slug: string;
                /** Format: date-time */
                updatedAt: string;
              }[];
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    /** @description Create a workspace; whoever creates it administers it. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            defaultTemplate?: string;
            name: string;
            /** @description Lower-case letters, digits and dashes; the workspace in URLs */
            slug: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string;
              defaultTemplate: string;
              name: string;
              /** @description Lower-case letters, digits and dashes; the workspace in URLs */
              slug: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Conflicts with the current state: the problem says what */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The request body is larger than this server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The body is not in a media type and charset this operation takes */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{ws}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description One workspace: slug, name, default template, created time. */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Lower-case letters, digits and dashes; the workspace in URLs */
          ws: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string;
              defaultTemplate: string;
              name: string;
              /** @description Lower-case letters, digits and dashes; the workspace in URLs */
              slug: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** @description Rename the workspace or change its default template. */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Lower-case letters, digits and dashes; the workspace in URLs */
          ws: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            defaultTemplate?: string;
            name?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string;
              defaultTemplate: string;
              name: string;
              /** @description Lower-case letters, digits and dashes; the workspace in URLs */
              slug: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The request body is larger than this server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The body is not in a media type and charset this operation takes */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces/{ws}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Create a document from Markdown (JSON or `text/markdown`): parsed and linted on save; a path already in use is a 409. */
    post: {
      parameters: {
        query?: {
          /** @description Relative repository path, e.g. docs/adr/0001-use-postgresql.md: `/` between folders (`//` is made one), no `.` or `..` segment, no leading or trailing `/`, backslash, control character or blank segment; at most 500 characters, 255 bytes a segment */
          path?: string;
          template?: string;
        };
        header?: never;
        path: {
          /** @description Lower-case letters, digits and dashes; the workspace in URLs */
          ws: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Make it confidential: readable only by these users and groups, you, and admins */
            confidential?: {
              groups?: string[];
              users?: string[];
            };
            markdown: string;
            /** @description Relative repository path, e.g. docs/adr/0001-use-postgresql.md: `/` between folders (`//` is made one), no `.` or `..` segment, no leading or trailing `/`, backslash, control character or blank segment; at most 500 characters, 255 bytes a segment */
            path?: string;
            template?: string;
          };
          'text/markdown': string;
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description SHA-256 of the head version's Markdown */
              contentHash: string;
              /** Format: date-time */
              createdAt: string;
              errorCount: number;
              id: string;
              path: string | null;
              status: string;
              /** @description The document that replaced this one, when its status is superseded */
              supersededBy: string | null;
              template: string;
              title: string;
              /** Format: date-time */
              updatedAt: string;
              version: number;
              warningCount: number;
              /** @description Lower-case letters, digits and dashes; the workspace in URLs */
              workspace: string;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Conflicts with the current state: the problem says what */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The request body is larger than this server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The body is not in a media type and charset this operation takes */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{ws}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Live updates of a workspace: every event of its documents you may read (confidential ones only with a grant). */
    get: {
      parameters: {
        query?: {
          /** @description As `Last-Event-ID`, for clients that cannot set headers (the header wins) */
          lastEventId?: string;
        };
        header?: {
          /** @description The `id` of the last event received; the events after it are sent first */
          'last-event-id'?: string;
        };
        path: {
          /** @description Lower-case letters, digits and dashes; the workspace in URLs */
          ws: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Server-sent events: `id:` the event seq, `event:` its type, `data:` its payload as JSON; `ready` once live, `reset` when missed events cannot be replayed; comment lines as heartbeats */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/event-stream': string;
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{ws}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The workspace's members and their roles. */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Lower-case letters, digits and dashes; the workspace in URLs */
          ws: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                displayName: string;
                /**
                 * @description viewer < author < reviewer < admin
                 * @enum {string}
                 */
                role: 'viewer' | 'author' | 'reviewer' | 'admin';
                /** Format: date-time */
                since: string;
                username: string;
              }[];
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{ws}/members/{username}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** @description Add a user to the workspace with a role, or change their role. */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Lower-case letters, digits and . _ -; 1 to 40 characters */
          username: string;
          /** @description Lower-case letters, digits and dashes; the workspace in URLs */
          ws: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description viewer < author < reviewer < admin
             * @enum {string}
             */
            role: 'viewer' | 'author' | 'reviewer' | 'admin';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              displayName: string;
              /**
               * @description viewer < author < reviewer < admin
               * @enum {string}
               */
              role: 'viewer' | 'author' | 'reviewer' | 'admin';
              /** Format: date-time */
              since: string;
              username: string;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Conflicts with the current state: the problem says what */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The request body is larger than this server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The body is not in a media type and charset this operation takes */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    post?: never;
    /** @description Remove a member from the workspace. Removing its last admin is a 409. */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Lower-case letters, digits and . _ -; 1 to 40 characters */
          username: string;
          /** @description Lower-case letters, digits and dashes; the workspace in URLs */
          ws: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Conflicts with the current state: the problem says what */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{ws}/review-policy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The review policy (the defaults until an admin sets one: one approval from someone other than the authors, no lint errors, no unresolved open questions, a new version dismisses older approvals). */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Lower-case letters, digits and dashes; the workspace in URLs */
          ws: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              allowSelfApproval: boolean;
              blockOnErrors: boolean;
              blockOnOpenQuestions: boolean;
              dismissStaleApprovals: boolean;
              requiredApprovals: number;
              /** @description Checks (`check-api`, `check-schema` …) whose newest run on the head version must have passed before the document is approved */
              requiredChecks: string[];
              requiredReviewers: string[];
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    /** @description Replaces the review policy (workspace admins); `requiredChecks` left out keeps the workspace’s. */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Lower-case letters, digits and dashes; the workspace in URLs */
          ws: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            allowSelfApproval: boolean;
            blockOnErrors: boolean;
            blockOnOpenQuestions: boolean;
            dismissStaleApprovals: boolean;
            requiredApprovals: number;
            /** @description Checks (`check-api`, `check-schema` …) whose newest run on the head version must have passed before the document is approved */
            requiredChecks?: string[];
            requiredReviewers: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              allowSelfApproval: boolean;
              blockOnErrors: boolean;
              blockOnOpenQuestions: boolean;
              dismissStaleApprovals: boolean;
              requiredApprovals: number;
              /** @description Checks (`check-api`, `check-schema` …) whose newest run on the head version must have passed before the document is approved */
              requiredChecks: string[];
              requiredReviewers: string[];
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The request body is larger than this server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The body is not in a media type and charset this operation takes */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{ws}/templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The templates documents of the workspace can follow: the presets and the workspace's own. */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Lower-case letters, digits and dashes; the workspace in URLs */
          ws: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              default: string;
              items: {
                name: string;
                source: 'preset' | 'workspace';
                title: string;
              }[];
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    /** @description Add a template spec (YAML or JSON) to the workspace; a name already in use is a 409. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Lower-case letters, digits and dashes; the workspace in URLs */
          ws: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            [key: string]: unknown;
          };
          'application/yaml': string;
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              name: string;
              source: 'preset' | 'workspace';
              title: string;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Conflicts with the current state: the problem says what */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The request body is larger than this server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The body is not in a media type and charset this operation takes */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{ws}/templates/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description One template's spec: a preset or one of the workspace's own. */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          name: string;
          /** @description Lower-case letters, digits and dashes; the workspace in URLs */
          ws: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    /** @description Replace one of the workspace's templates with a new spec (POST creates one); the spec's name must be the one in the path. */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          name: string;
          /** @description Lower-case letters, digits and dashes; the workspace in URLs */
          ws: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            [key: string]: unknown;
          };
          'application/yaml': string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              name: string;
              source: 'preset' | 'workspace';
              title: string;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The request body is larger than this server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The body is not in a media type and charset this operation takes */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{ws}/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The workspace’s webhooks (never their secrets). */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Lower-case letters, digits and dashes; the workspace in URLs */
          ws: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                active: boolean;
                /** @description Whether events of confidential documents are sent to it */
                confidential: boolean;
                /** @description Failed attempts since the last success */
                consecutiveFailures: number;
                /** Format: date-time */
                createdAt: string;
                /** @description Username */
                createdBy: string | null;
                description: string;
                disabledAt: string | null;
                /** @description Why it is disabled: a run of failed attempts (with the last error) or who disabled it */
                disabledReason: string | null;
                events: (
                  | 'document.created'
                  | 'document.updated'
                  | 'document.archived'
                  | 'document.restored'
                  | 'document.status-changed'
                  | 'review.requested'
                  | 'review.approved'
                  | 'review.changes-requested'
                  | 'comment.created'
                  | 'comment.resolved'
                  | 'question.resolved'
                )[];
                /**
                 * @description `native`: the event as JSON; `slack`: a Slack incoming-webhook message
                 * @enum {string}
                 */
                format: 'native' | 'slack';
                id: string;
                /** Format: date-time */
                updatedAt: string;
                url: string;
              }[];
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    /** @description Add a webhook. `secret` (generated unless given) is shown only in this response: receivers check each request’s `designdoc-signature` with it (docs/webhooks.md). */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Lower-case letters, digits and dashes; the workspace in URLs */
          ws: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default true */
            active?: boolean;
            /** @default false */
            confidential?: boolean;
            description?: string;
            events: (
              | 'document.created'
              | 'document.updated'
              | 'document.archived'
              | 'document.restored'
              | 'document.status-changed'
              | 'review.requested'
              | 'review.approved'
              | 'review.changes-requested'
              | 'comment.created'
              | 'comment.resolved'
              | 'question.resolved'
            )[];
            /**
             * @description `native`: the event as JSON; `slack`: a Slack incoming-webhook message
             * @enum {string}
             */
            format?: 'native' | 'slack';
            /** @description The signing secret; generated when not given */
            secret?: string;
            /** @description Where events are POSTed: http:// or https:// */
            url: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              secret: string;
              webhook: {
                active: boolean;
                /** @description Whether events of confidential documents are sent to it */
                confidential: boolean;
                /** @description Failed attempts since the last success */
                consecutiveFailures: number;
                /** Format: date-time */
                createdAt: string;
                /** @description Username */
                createdBy: string | null;
                description: string;
                disabledAt: string | null;
                /** @description Why it is disabled: a run of failed attempts (with the last error) or who disabled it */
                disabledReason: string | null;
                events: (
                  | 'document.created'
                  | 'document.updated'
                  | 'document.archived'
                  | 'document.restored'
                  | 'document.status-changed'
                  | 'review.requested'
                  | 'review.approved'
                  | 'review.changes-requested'
                  | 'comment.created'
                  | 'comment.resolved'
                  | 'question.resolved'
                )[];
                /**
                 * @description `native`: the event as JSON; `slack`: a Slack incoming-webhook message
                 * @enum {string}
                 */
                format: 'native' | 'slack';
                id: string;
                /** Format: date-time */
                updatedAt: string;
                url: string;
              };
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The request body is larger than this server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The body is not in a media type and charset this operation takes */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{ws}/webhooks/{hook}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description One webhook: target, events, format, whether it is active or was disabled and why (never its secret). */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          hook: string;
          /** @description Lower-case letters, digits and dashes; the workspace in URLs */
          ws: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              /** @description Whether events of confidential documents are sent to it */
              confidential: boolean;
              /** @description Failed attempts since the last success */
              consecutiveFailures: number;
              /** Format: date-time */
              createdAt: string;
              /** @description Username */
              createdBy: string | null;
              description: string;
              disabledAt: string | null;
              /** @description Why it is disabled: a run of failed attempts (with the last error) or who disabled it */
              disabledReason: string | null;
              events: (
                | 'document.created'
                | 'document.updated'
                | 'document.archived'
                | 'document.restored'
                | 'document.status-changed'
                | 'review.requested'
                | 'review.approved'
                | 'review.changes-requested'
                | 'comment.created'
                | 'comment.resolved'
                | 'question.resolved'
              )[];
              /**
               * @description `native`: the event as JSON; `slack`: a Slack incoming-webhook message
               * @enum {string}
               */
              format: 'native' | 'slack';
              id: string;
              /** Format: date-time */
              updatedAt: string;
              url: string;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** @description Delete a webhook with its delivery log; deliveries not yet made are dropped. */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          hook: string;
          /** @description Lower-case letters, digits and dashes; the workspace in URLs */
          ws: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** @description Change a webhook. `active: true` enables a disabled one again (its failure count starts from 0); `secret` replaces the signing secret. */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          hook: string;
          /** @description Lower-case letters, digits and dashes; the workspace in URLs */
          ws: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description true enables a disabled hook (and clears its failure run); false disables it by hand */
            active?: boolean;
            confidential?: boolean;
            description?: string;
            events?: (
              | 'document.created'
              | 'document.updated'
              | 'document.archived'
              | 'document.restored'
              | 'document.status-changed'
              | 'review.requested'
              | 'review.approved'
              | 'review.changes-requested'
              | 'comment.created'
              | 'comment.resolved'
              | 'question.resolved'
            )[];
            /**
             * @description `native`: the event as JSON; `slack`: a Slack incoming-webhook message
             * @enum {string}
             */
            format?: 'native' | 'slack';
            /** @description The signing secret; generated when not given */
            secret?: string;
            /** @description Where events are POSTed: http:// or https:// */
            url?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              /** @description Whether events of confidential documents are sent to it */
              confidential: boolean;
              /** @description Failed attempts since the last success */
              consecutiveFailures: number;
              /** Format: date-time */
              createdAt: string;
              /** @description Username */
              createdBy: string | null;
              description: string;
              disabledAt: string | null;
              /** @description Why it is disabled: a run of failed attempts (with the last error) or who disabled it */
              disabledReason: string | null;
              events: (
                | 'document.created'
                | 'document.updated'
                | 'document.archived'
                | 'document.restored'
                | 'document.status-changed'
                | 'review.requested'
                | 'review.approved'
                | 'review.changes-requested'
                | 'comment.created'
                | 'comment.resolved'
                | 'question.resolved'
              )[];
              /**
               * @description `native`: the event as JSON; `slack`: a Slack incoming-webhook message
               * @enum {string}
               */
              format: 'native' | 'slack';
              id: string;
              /** Format: date-time */
              updatedAt: string;
              url: string;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The request body is larger than this server accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description The body is not in a media type and charset this operation takes */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces/{ws}/webhooks/{hook}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The hook’s deliveries, newest first, each with its last attempt’s response code, error and duration; `next` is the cursor of the next page. */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
          status?: 'pending' | 'succeeded' | 'failed' | 'skipped';
        };
        header?: never;
        path: {
          hook: string;
          /** @description Lower-case letters, digits and dashes; the workspace in URLs */
          ws: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description Attempts made so far */
                attempts: number;
                completedAt: string | null;
                /** Format: date-time */
                createdAt: string;
                /** @description The last attempt’s */
                durationMs: number | null;
                /** @description Why the last attempt failed */
                error: string | null;
                event: {
                  /** @description Also the Idempotency-Key header receivers see */
                  id: string;
                  /**
                   * @description An event type (docs/webhooks.md describes each)
                   * @enum {string}
                   */
                  type:
                    | 'document.created'
                    | 'document.updated'
                    | 'document.archived'
                    | 'document.restored'
                    | 'document.status-changed'
                    | 'review.requested'
                    | 'review.approved'
                    | 'review.changes-requested'
                    | 'comment.created'
                    | 'comment.resolved'
                    | 'question.resolved';
                };
                id: string;
                nextAttemptAt: string | null;
                /** @description 0 for the event’s own delivery, n for the n-th redelivery */
                redelivery: number;
                /** @description The last attempt’s HTTP status; null when none came (timeout, refused) */
                responseCode: number | null;
                /**
                 * @description `pending` (waiting for its first attempt or a retry), `succeeded` (a 2xx), `failed` (gave up after the last attempt), `skipped` (the hook was disabled)
                 * @enum {string}
                 */
                status: 'pending' | 'succeeded' | 'failed' | 'skipped';
              }[];
              /** @description Cursor of the next page, null on the last */
              next: string | null;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{ws}/webhooks/{hook}/deliveries/{delivery}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description One delivery with every attempt at it. */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          delivery: string;
          hook: string;
          /** @description Lower-case letters, digits and dashes; the workspace in URLs */
          ws: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Attempts made so far */
              attempts: number;
              completedAt: string | null;
              /** Format: date-time */
              createdAt: string;
              /** @description The last attempt’s */
              durationMs: number | null;
              /** @description Why the last attempt failed */
              error: string | null;
              event: {
                /** @description Also the Idempotency-Key header receivers see */
                id: string;
                /**
                 * @description An event type (docs/webhooks.md describes each)
                 * @enum {string}
                 */
                type:
                  | 'document.created'
                  | 'document.updated'
                  | 'document.archived'
                  | 'document.restored'
                  | 'document.status-changed'
                  | 'review.requested'
                  | 'review.approved'
                  | 'review.changes-requested'
                  | 'comment.created'
                  | 'comment.resolved'
                  | 'question.resolved';
              };
              id: string;
              nextAttemptAt: string | null;
              /** @description 0 for the event’s own delivery, n for the n-th redelivery */
              redelivery: number;
              /** @description The last attempt’s HTTP status; null when none came (timeout, refused) */
              responseCode: number | null;
              /**
               * @description `pending` (waiting for its first attempt or a retry), `succeeded` (a 2xx), `failed` (gave up after the last attempt), `skipped` (the hook was disabled)
               * @enum {string}
               */
              status: 'pending' | 'succeeded' | 'failed' | 'skipped';
            } & {
              attemptLog: {
                /** @description null when the attempt was interrupted (its instance stopped) before it ended */
                durationMs: number | null;
                error: string | null;
                number: number;
                responseCode: number | null;
                /** Format: date-time */
                startedAt: string;
                succeeded: boolean;
              }[];
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{ws}/webhooks/{hook}/deliveries/{delivery}/redeliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Send a delivery’s event to the hook again, as a new delivery with the same event id (and so the same Idempotency-Key). The hook must be active. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          delivery: string;
          hook: string;
          /** @description Lower-case letters, digits and dashes; the workspace in URLs */
          ws: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Attempts made so far */
              attempts: number;
              completedAt: string | null;
              /** Format: date-time */
              createdAt: string;
              /** @description The last attempt’s */
              durationMs: number | null;
              /** @description Why the last attempt failed */
              error: string | null;
              event: {
                /** @description Also the Idempotency-Key header receivers see */
                id: string;
                /**
                 * @description An event type (docs/webhooks.md describes each)
                 * @enum {string}
                 */
                type:
                  | 'document.created'
                  | 'document.updated'
                  | 'document.archived'
                  | 'document.restored'
                  | 'document.status-changed'
                  | 'review.requested'
                  | 'review.approved'
                  | 'review.changes-requested'
                  | 'comment.created'
                  | 'comment.resolved'
                  | 'question.resolved';
              };
              id: string;
              nextAttemptAt: string | null;
              /** @description 0 for the event’s own delivery, n for the n-th redelivery */
              redelivery: number;
              /** @description The last attempt’s HTTP status; null when none came (timeout, refused) */
              responseCode: number | null;
              /**
               * @description `pending` (waiting for its first attempt or a retry), `succeeded` (a 2xx), `failed` (gave up after the last attempt), `skipped` (the hook was disabled)
               * @enum {string}
               */
              status: 'pending' | 'succeeded' | 'failed' | 'skipped';
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Your role or scope does not allow this, or the CSRF token is missing */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not found, or not visible to you */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Conflicts with the current state: the problem says what */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description A part of the URL is longer than this server accepts */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Too many requests: wait for Retry-After */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Liveness: the process answers (`{"status":"ok"}`); it reads no database. */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              status: string;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Prometheus metrics; with `METRICS_TOKEN` set, only for `Authorization: Bearer <token>` */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The metrics in the Prometheus text format */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/plain': string;
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description No valid credentials: sign in or send an API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/readyz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Readiness: 200 when the database answers and every migration is applied, else 503 saying which (`migrations pending`, `database unreachable`, or `shutting down` once the server has been told to stop). */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              status: string;
            };
          };
        };
        /** @description The request is not valid: the problem names each bad field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Internal error: the log has the details, the answer has none */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              detail: string;
              instance?: string;
              status: number;
              title: string;
              /** Format: uri */
              type: string;
            };
          };
        };
        /** @description Not ready: the status says why */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              status: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
