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
      'LOG_LEVEL “loud” must be one of fatal, error, warn, info, debug, trace, silent',
      'DATABASE_URL must be a URL starting with postgres:// or postgresql://',
      'BODY_LIMIT “10” must be a whole number from 1024 to 104857600',
    ]);
  });
});
