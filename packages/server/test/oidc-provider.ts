import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** An account at the test identity provider: its claims, changed freely between sign-ins. */
export interface TestIdpAccount {
  preferred_username?: string;
  name?: string;
  email?: string;
  groups?: string[];
}

export interface TestIdp {
  issuer: string;
  /** Account id (what its sign-in form takes) → claims; `sub` is the account id. */
  accounts: Map<string, TestIdpAccount>;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (`oidc-provider`, with its development sign-in and consent
 * pages) on 127.0.0.1 at a free port, with one confidential client that must use PKCE. The
 * HTTP server listens first, so that the issuer URL can carry its port.
 */
export async function startTestIdp(client: {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}): Promise<TestIdp> {
  const accounts = new Map<string, TestIdpAccount>();
  let handle: ReturnType<Provider['callback']> | undefined;
  const server = createServer((req, res) => {
    if (handle) handle(req, res);
    else res.writeHead(503).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [client.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig' }] },
    cookies: { keys: ['a test-only cookie signing key'] },
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username'],
      email: ['email', 'email_verified'],
      groups: ['groups'],
    },
    pkce: { required: () => true },
    // Set, so that the provider does not print a notice for each default it uses.
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx, id) => {
      if (!accounts.has(id)) return undefined;
      return {
        accountId: id,
        claims: () => ({ sub: id, ...accounts.get(id) }),
      };
    },
  });
  handle = provider.callback();
  return {
    issuer,
    accounts,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
