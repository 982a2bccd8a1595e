import type { ApiSecurity, ApiSecurityScheme } from '../checks/api-description.js';
import { documentContracts, operationFor } from '../checks/contract-endpoints.js';
import { defineRule } from '../lint/rule.js';

const NONE = /^(?:none|no|public|anonymous)$/i;
const REQUIRED = /^(?:required|yes|any)$/i;
const OPTIONAL = /^optional$/i;

/**
 * A contract's `Auth` line and the API description's security agree (`check-api`): `none`
 * (also `public`), `required`, `optional`, or the scheme a call authenticates with, named as
 * the description names it (`session`) or by its kind (`bearer`, `basic`, `apiKey`, `cookie`,
 * `oauth2`, `openIdConnect`): `Auth: bearer token` matches an HTTP bearer scheme. Operations
 * whose description says nothing about security (no `security` on them or at the root) are
 * not compared.
 */
export const apiAuth = defineRule({
  meta: {
    id: 'api-auth',
    description:
      'Authentication the API contracts state agrees with the OpenAPI description (check-api).',
    defaultSeverity: 'error',
    fixable: false,
    check: 'api',
    messages: {
      authNotRequired:
        '{{method}} {{path}} needs no authentication in the API description, but its contract says “Auth: {{auth}}”',
      authRequired:
        '{{method}} {{path}} requires authentication ({{schemes}}) in the API description, but its contract says “Auth: {{auth}}”',
      authOptional:
        '{{method}} {{path}} also takes anonymous calls in the API description, but its contract says “Auth: {{auth}}”',
      otherScheme:
        '{{method}} {{path}} authenticates with {{schemes}} in the API description, but its contract says “Auth: {{auth}}”',
    },
  },
  defaultOptions: {},
  check({ doc, checks, report }) {
    const api = checks.api;
    if (!api) return;
    for (const { endpoint, properties } of documentContracts(doc).endpoints) {
      const key = Object.keys(endpoint.properties).find((k) => /^auth(?:entication)?$/i.test(k));
      const place = properties.auth ?? properties.authentication;
      if (key === undefined || !place) continue;
      const auth = (endpoint.properties[key] as string).trim();
      const operation = operationFor(api, endpoint.method, endpoint.path);
      const security = operation?.security;
      if (!security || auth === '' || OPTIONAL.test(auth)) continue;
      const data = {
        method: endpoint.method,
        path: endpoint.path,
        auth,
        schemes: describe(security),
      };
      const needed = security.schemes.length > 0;
      if (NONE.test(auth)) {
        if (needed && !security.optional) report({ messageId: 'authRequired', data, place });
      } else if (!needed) report({ messageId: 'authNotRequired', data, place });
      else if (security.optional) report({ messageId: 'authOptional', data, place });
      else if (!REQUIRED.test(auth) && !security.schemes.some((s) => names(s, auth)))
        report({ messageId: 'otherScheme', data, place });
    }
  },
});

const compact = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, '');

/** Whether an `Auth` value names a scheme: by its name, type, HTTP scheme or where its key goes. */
function names(scheme: ApiSecurityScheme, auth: string): boolean {
  const said = new Set([compact(auth), ...auth.split(/[^A-Za-z0-9_-]+/).map(compact)]);
  return [scheme.name, scheme.type, scheme.scheme, scheme.in]
    .filter((term): term is string => term !== undefined && term !== '')
    .some((term) => said.has(compact(term)));
}

/** The schemes as a message names them: `session (apiKey in cookie), bearer (http bearer)`. */
function describe(security: ApiSecurity): string {
  return security.schemes
    .map((s) => {
      const kind =
        s.type === 'http'
          ? `http ${s.scheme ?? ''}`.trim()
          : s.in
            ? `${s.type} in ${s.in}`
            : s.type;
      return kind && kind !== s.name ? `${s.name} (${kind})` : s.name;
    })
    .join(', ');
}
