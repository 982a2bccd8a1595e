import * as client from 'openid-client';
import type { OidcConfig } from '../oidc-config.js';

/** How long one request to the identity provider may take, in seconds. */
const TIMEOUT_SECONDS = 10;

/** The claims about the user that signed in: the ID token's, then the userinfo endpoint's. */
export type OidcClaims = Record<string, unknown> & { sub: string };

/** What the browser is sent to the provider with, and what its answer is checked against. */
export interface OidcChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/**
 * Why single sign-on did not happen: the provider could not be reached or answered nonsense
 * (`unavailable`), or it refused the sign-in or its answer failed the checks (`refused`).
 */
export class OidcError extends Error {
  constructor(
    readonly kind: 'unavailable' | 'refused',
    message: string,
  ) {
    super(message);
    this.name = 'OidcError';
  }
}

/** The one wrapper around `openid-client`: the authorization code flow with PKCE, state and nonce. */
export interface OidcClient {
  /** A new sign-in: where to send the browser, and the secrets to check the answer with. */
  start(redirectUri: string): Promise<{ url: URL; checks: OidcChecks }>;
  /** Check the provider's answer (`callbackUrl`) and redeem its code; the user's claims. */
  finish(callbackUrl: URL, checks: OidcChecks): Promise<OidcClaims>;
}

/**
 * A client for the configured provider. Discovery happens at first use and is kept once it
 * succeeds, so that the server starts while the provider is down and tries again later.
 * An `http:` issuer is allowed only because the tests' provider listens on 127.0.0.1: the
 * configuration refuses one, so only code that builds `OidcConfig` itself can get here with it.
 */
export function createOidcClient(config: OidcConfig): OidcClient {
  let discovered: Promise<client.Configuration> | undefined;
  const configuration = (): Promise<client.Configuration> => {
    discovered ??= client
      .discovery(
        new URL(config.issuer),
        config.clientId,
        { client_secret: config.clientSecret },
        client.ClientSecretBasic(config.clientSecret),
        {
          timeout: TIMEOUT_SECONDS,
          execute: config.issuer.startsWith('http:') ? [client.allowInsecureRequests] : [],
        },
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw new OidcError(
          'unavailable',
          `Cannot read the identity provider's configuration from ${config.issuer}: ${reason(error)}`,
        );
      });
    return discovered;
  };

  return {
    async start(redirectUri) {
      const oidc = await configuration();
      const checks = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
      };
      const url = client.buildAuthorizationUrl(oidc, {
        redirect_uri: redirectUri,
        scope: config.scopes.join(' '),
        state: checks.state,
        nonce: checks.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
        code_challenge_method: 'S256',
      });
      return { url, checks };
    },

    async finish(callbackUrl, checks) {
      const oidc = await configuration();
      try {
        const tokens = await client.authorizationCodeGrant(oidc, callbackUrl, {
          expectedState: checks.state,
          expectedNonce: checks.nonce,
          pkceCodeVerifier: checks.codeVerifier,
          idTokenExpected: true,
        });
        const idToken = tokens.claims();
        if (!idToken) throw new OidcError('refused', 'The identity provider sent no ID token');
        // Many providers put profile and group claims only in the userinfo response.
        const userinfo = oidc.serverMetadata().userinfo_endpoint
          ? await client.fetchUserInfo(oidc, tokens.access_token, idToken.sub)
          : {};
        return { ...userinfo, ...idToken } as OidcClaims;
      } catch (error) {
        if (error instanceof OidcError) throw error;
        throw classify(error);
      }
    },
  };
}

/** The provider said no (an error response, a bad code) or its answer failed a check → refused. */
function classify(error: unknown): OidcError {
  if (error instanceof client.AuthorizationResponseError)
    return new OidcError(
      'refused',
      `The identity provider refused the sign-in: ${error.error}${error.error_description ? ` (${error.error_description})` : ''}`,
    );
  if (error instanceof client.ResponseBodyError)
    return new OidcError(
      'refused',
      `The identity provider refused the code: ${error.error}${error.error_description ? ` (${error.error_description})` : ''}`,
    );
  const code = (error as { code?: unknown }).code;
  if (
    error instanceof TypeError ||
    code === 'OAUTH_TIMEOUT' ||
    code === 'OAUTH_ABORT' ||
    code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' ||
    code === 'OAUTH_RESPONSE_IS_NOT_JSON'
  )
    return new OidcError('unavailable', `The identity provider did not answer: ${reason(error)}`);
  return new OidcError(
    'refused',
    `The identity provider's answer failed validation: ${reason(error)}`,
  );
}

/** A short reason, with the cause that says more (a refused connection, a timeout). */
function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause : undefined;
  const detail = cause?.message || (cause as { code?: string } | undefined)?.code;
  return detail && !error.message.includes(detail) ? `${error.message} (${detail})` : error.message;
}
