import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadServerConfig, ServerConfigError } from './config.js';

describe('loadServerConfig', () => {
  it('has the documented defaults', () => {
    const config = loadServerConfig({}, '/srv');
    expect(config).toMatchObject({
      dataDir: '/srv/.designdoc',
      databaseUrl: null,
      redisUrl: null,
      host: '127.0.0.1',
      port: 8080,
      publicUrl: 'http://127.0.0.1:8080',
      logLevel: 'info',
      bodyLimit: 5 * 1024 * 1024,
      rateLimit: { max: 600, windowMs: 60_000 },
      lintThreads: Math.min(4, availableParallelism() - 1),
    });
  });

  it('bounds documents: 1 MiB and 2,000 headings by default, DOCUMENT_LIMIT at most BODY_LIMIT', () => {
    expect(loadServerConfig({}, '/srv').documentLimits).toEqual({
      bytes: 1024 * 1024,
      headings: 2000,
    });
    expect(loadServerConfig({ BODY_LIMIT: '2048' }, '/srv').documentLimits.bytes).toBe(2048);
    expect(() => loadServerConfig({ BODY_LIMIT: '2048', DOCUMENT_LIMIT: '4096' }, '/srv')).toThrow(
      'DOCUMENT_LIMIT “4096” must be a whole number from 1024 to 2048',
    );
  });

  it('reads the environment', () => {
    const config = loadServerConfig(
      {
        DATABASE_URL: 'postgres://u@db/designdoc',
        PORT: '9000',
        HOST: '::1',
        LOG_LEVEL: 'warn',
        LINT_THREADS: '0',
      },
      '/srv',
    );
    expect(config).toMatchObject({
      databaseUrl: 'postgres://u@db/designdoc',
      port: 9000,
      lintThreads: 0,
      publicUrl: 'http://[::1]:9000',
    });
  });

  it('reads which proxies to trust', () => {
    const read = (TRUST_PROXY?: string) =>
      loadServerConfig(TRUST_PROXY === undefined ? {} : { TRUST_PROXY }, '/srv').trustProxy;
    expect(read()).toBe(false);
    expect(read('true')).toBe(true);
    expect(read('1')).toBe(1);
    expect(read('10.0.0.0/8, 127.0.0.1')).toEqual(['10.0.0.0/8', '127.0.0.1']);
    expect(() => read('nginx')).toThrow(
      'TRUST_PROXY “nginx” must be true, false, a number of proxies, or addresses and CIDR ranges separated by commas (e.g. 10.0.0.0/8,127.0.0.1)',
    );
  });

  it('reads the webhook settings and SECRETS_KEY, refusing a key that is not 32 bytes', () => {
    expect(loadServerConfig({}, '/srv')).toMatchObject({
      secretsKey: null,
      webhooks: {
        timeoutMs: 10_000,
        maxAttempts: 10,
        retryBaseMs: 30_000,
        disableAfter: 30,
        initialDelayMs: 0,
        pollMs: 5000,
      },
    });
    const config = loadServerConfig(
      { SECRETS_KEY: 'ab'.repeat(32), WEBHOOK_MAX_ATTEMPTS: '3', WEBHOOK_DELIVERY_DELAY_MS: '500' },
      '/srv',
    );
    expect(config.secretsKey).toBe('ab'.repeat(32));
    expect(config.webhooks).toMatchObject({ maxAttempts: 3, initialDelayMs: 500 });
    expect(() =>
      loadServerConfig({ SECRETS_KEY: 'short', WEBHOOK_MAX_ATTEMPTS: '0' }, '/srv'),
    ).toThrow(
      'Invalid server configuration:\n  - SECRETS_KEY must be 32 bytes as 64 hex digits or base64 (for example: openssl rand -hex 32)\n  - WEBHOOK_MAX_ATTEMPTS “0” must be a whole number from 1 to 30',
    );
  });

  it('reads WEBHOOK_ALLOW_PRIVATE: false by default, true, or addresses, ranges and host names', () => {
    const read = (value?: string) =>
      loadServerConfig(value === undefined ? {} : { WEBHOOK_ALLOW_PRIVATE: value }, '/srv').webhooks
        .allowPrivate;
    expect(read()).toBe(false);
    expect(read('true')).toBe(true);
    expect(read('10.20.0.0/16, ::1, fd00::/8,hooks.internal')).toEqual([
      '10.20.0.0/16',
      '::1',
      'fd00::/8',
      'hooks.internal',
    ]);
    for (const bad of ['10.0.0.0/33', 'hooks.internal/8', 'http://x', 'yes please'])
      expect(() => read(bad), bad).toThrow(
        `WEBHOOK_ALLOW_PRIVATE “${bad}” must be true, false, or addresses, CIDR ranges and host names separated by commas (e.g. 10.20.0.0/16,hooks.internal)`,
      );
  });

  it('reads SHUTDOWN_TIMEOUT_MS: 8 s by default, 0 to 10 minutes', () => {
    expect(loadServerConfig({}, '/srv').shutdownTimeoutMs).toBe(8000);
    expect(loadServerConfig({ SHUTDOWN_TIMEOUT_MS: '0' }, '/srv').shutdownTimeoutMs).toBe(0);
    expect(() => loadServerConfig({ SHUTDOWN_TIMEOUT_MS: '8s' }, '/srv')).toThrow(
      'Invalid server configuration:\n  - SHUTDOWN_TIMEOUT_MS “8s” must be a whole number from 0 to 600000',
    );
  });

  it('names every bad setting at once', () => {
    let error: unknown;
    try {
      loadServerConfig(
        { PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', BODY_LIMIT: '10' },
        '/srv',
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ServerConfigError);
    expect((error as ServerConfigError).problems).toEqual([
      'PORT “eighty” must be a whole number from 0 to 65535',
      'BODY_LIMIT “10” must be a whole number from 1024 to 104857600',
      'LOG_LEVEL “loud” must be one of fatal, error, warn, info, debug, trace, silent',
      'DATABASE_URL must be a URL starting with postgres:// or postgresql://',
    ]);
  });

  it('leaves single sign-on off without OIDC_ISSUER, and reads it with one', () => {
    expect(loadServerConfig({}, '/srv').oidc).toBeNull();
    const config = loadServerConfig(
      {
        OIDC_ISSUER: 'https://login.example.com/realms/eng',
        OIDC_CLIENT_ID: 'designdoc',
        OIDC_CLIENT_SECRET: 's3cret',
        OIDC_GROUPS_CLAIM: 'groups',
        OIDC_GROUP_ROLES: 'eng-leads=eng:admin, eng=eng:author,/ops/on call=ops:viewer',
      },
      '/srv',
    );
    expect(config.oidc).toEqual({
      issuer: 'https://login.example.com/realms/eng',
      clientId: 'designdoc',
      clientSecret: 's3cret',
      name: 'login.example.com',
      scopes: ['openid', 'profile', 'email'],
      usernameClaim: 'preferred_username',
      groupsClaim: 'groups',
      groupRoles: [
        { group: 'eng-leads', workspace: 'eng', role: 'admin' },
        { group: 'eng', workspace: 'eng', role: 'author' },
        { group: '/ops/on call', workspace: 'ops', role: 'viewer' },
      ],
    });
  });

  it('names every bad single sign-on setting', () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadServerConfig(env, '/srv');
        return [];
      } catch (error) {
        return (error as ServerConfigError).problems;
      }
    };
    expect(
      problems({
        OIDC_ISSUER: 'http://login.example.com',
        OIDC_SCOPES: 'profile email',
        OIDC_GROUP_ROLES: 'eng=eng:owner,ops=Ops:viewer,nonsense',
      }),
    ).toEqual([
      "OIDC_ISSUER “http://login.example.com” must be the provider's https:// issuer URL, without query or fragment",
      'OIDC_SCOPES “profile email” must include openid',
      'OIDC_GROUP_ROLES entry “eng=eng:owner”: role “owner” must be one of viewer, author, reviewer, admin',
      'OIDC_GROUP_ROLES entry “ops=Ops:viewer”: “Ops” is not a workspace slug',
      'OIDC_GROUP_ROLES entry “nonsense” must read group=workspace:role',
      'OIDC_GROUP_ROLES needs OIDC_GROUPS_CLAIM: the claim that lists the groups',
      'OIDC_CLIENT_ID is required when OIDC_ISSUER is set',
      'OIDC_CLIENT_SECRET is required when OIDC_ISSUER is set',
    ]);
    expect(problems({ OIDC_CLIENT_ID: 'designdoc' })).toEqual([
      'OIDC_CLIENT_ID is set but OIDC_ISSUER is not',
    ]);
  });
});
