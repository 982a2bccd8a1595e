import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadOidcConfig, OIDC_SETTINGS, type OidcConfig } from './oidc-config.js';
import { readTlsSettings, type TlsSettings } from './tls-config.js';
import { readTracingEnabled } from './tracing-config.js';

/** Everything the server is configured with; made once, at start, by `loadServerConfig`. */
export interface ServerConfig {
  /** Folder for the embedded database and other files (`DESIGNDOC_DATA_DIR`). */
  dataDir: string;
  /** PostgreSQL URL; null means the embedded SQLite file in `dataDir`. */
  databaseUrl: string | null;
  /** Embedded mode: how many automatic backups before migrations to keep (`DESIGNDOC_BACKUPS_KEEP`). */
  backupsKeep: number;
  redisUrl: string | null;
  host: string;
  port: number;
  /** The URL clients reach the server at, for links in responses (`PUBLIC_URL`). */
  publicUrl: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /**
   * Export traces with OpenTelemetry (tracing-config.ts): on when `OTEL_EXPORTER_OTLP_ENDPOINT`,
   * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` or `OTEL_TRACES_EXPORTER` is set, unless
   * `OTEL_SDK_DISABLED=true`. Read from the environment only (not DESIGNDOC_CONFIG).
   */
  tracing: boolean;
  /** Largest request body, in bytes. */
  bodyLimit: number;
  /**
   * The largest Markdown document the server parses, in UTF-8 bytes (`DOCUMENT_LIMIT`, at most
   * `bodyLimit`), and the most headings it reads in one (`DOCUMENT_MAX_HEADINGS`): saves and
   * lints over either are refused.
   */
  documentLimits: { bytes: number; headings: number };
  rateLimit: { max: number; windowMs: number };
  /** Worker threads that parse and lint saved documents (`LINT_THREADS`); 0 runs them on the event loop. */
  lintThreads: number;
  /** Import DESIGN.md and the examples into the `demo` workspace on first start. */
  demo: boolean;
  /** Sign-in sessions: ended after this long without a request, and this long after sign-in whatever happens. */
  session: { idleMinutes: number; maxAgeHours: number };
  /** First run only: the instance admin's password (`DESIGNDOC_ADMIN_PASSWORD`), else one is generated and printed. */
  adminPassword: string | null;
  /** First run only: also create an admin API key with exactly this value (`DESIGNDOC_BOOTSTRAP_TOKEN`). */
  bootstrapToken: string | null;
  /** HTTPS (and client certificates) served by designdoc itself; null: plain HTTP. */
  tls: TlsSettings | null;
  /**
   * Which proxies' X-Forwarded-For / -Proto to believe (`TRUST_PROXY`): false (none), true (any),
   * a number of hops, or addresses and CIDR ranges. Sign-in throttling and the audit log use
   * the client address this gives.
   */
  trustProxy: boolean | number | string[];
  /** Single sign-on with an OpenID Connect provider (`OIDC_*`); null when `OIDC_ISSUER` is unset. */
  oidc: OidcConfig | null;
  /**
   * Live event streams: at most `streamsPerUser` open per user on one instance
   * (`EVENT_STREAMS_PER_USER`), a heartbeat comment every `heartbeatMs`, every `recheckMs`
   * a check that the caller may still read what the stream follows, and every
   * `credentialCheckMs` one check of all open streams' sessions and keys (signed out, revoked).
   */
  liveUpdates: {
    streamsPerUser: number;
    heartbeatMs: number;
    recheckMs: number;
    credentialCheckMs: number;
  };
  /**
   * The key that seals stored secrets (webhook signing secrets), 32 bytes as hex or base64
   * (`SECRETS_KEY`); null: a key file generated in `dataDir` on first need.
   */
  secretsKey: string | null;
  /** Webhook delivery (`WEBHOOK_*`, docs/webhooks.md). */
  webhooks: WebhookSettings;
  /** How long a connection may take to send its headers, its request, or nothing (`HTTP_*_TIMEOUT_MS`). */
  httpTimeouts: HttpTimeouts;
  /** The Bearer token `GET /metrics` requires (`METRICS_TOKEN`); null: open to anyone who can reach it. */
  metricsToken: string | null;
  /**
   * How long closing the app (`serve` on SIGTERM or SIGINT) lets in-flight requests and webhook
   * attempts finish before it cuts them (`SHUTDOWN_TIMEOUT_MS`).
   */
  shutdownTimeoutMs: number;
}

/** Connection time limits: what closes a silent, slow or idle client's socket. */
export interface HttpTimeouts {
  /** From a request's first byte to the end of its headers. */
  headersMs: number;
  /** From a request's first byte to the end of its body. */
  requestMs: number;
  /** A socket that sends and receives nothing (before a request, or during a slow response). */
  idleMs: number;
  /** A kept-alive socket waiting for its next request after a response. */
  keepAliveMs: number;
}

/** How webhooks are delivered and retried. */
export interface WebhookSettings {
  /** Give up on one request after this long. */
  timeoutMs: number;
  /** Attempts per delivery, the first included, before it is marked failed. */
  maxAttempts: number;
  /** Attempt n+1 waits between half and all of `retryBaseMs` × 2^(n−1). */
  retryBaseMs: number;
  /** Consecutive failed attempts (with no success between) after which a hook is disabled. */
  disableAfter: number;
  /** Hold each new delivery back this long after its event before the first attempt. */
  initialDelayMs: number;
  /** How often the outbox and the due deliveries are read when nothing announces news. */
  pollMs: number;
  /**
   * Non-public targets hooks may reach (`WEBHOOK_ALLOW_PRIVATE`): false (none: loopback,
   * private, link-local … are refused), true (all), or addresses, CIDR ranges and host names.
   */
  allowPrivate: boolean | string[];
}

/** A setting that failed validation, named as the user wrote it. */
export class ServerConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid server configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ServerConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Setting name in the environment → key in the optional config file. */
const SETTINGS = {
  DESIGNDOC_DATA_DIR: 'dataDir',
  DESIGNDOC_BACKUPS_KEEP: 'backupsKeep',
  DATABASE_URL: 'databaseUrl',
  REDIS_URL: 'redisUrl',
  HOST: 'host',
  PORT: 'port',
  PUBLIC_URL: 'publicUrl',
  LOG_LEVEL: 'logLevel',
  BODY_LIMIT: 'bodyLimit',
  DOCUMENT_LIMIT: 'documentLimit',
  DOCUMENT_MAX_HEADINGS: 'documentMaxHeadings',
  RATE_LIMIT_MAX: 'rateLimitMax',
  RATE_LIMIT_WINDOW_MS: 'rateLimitWindowMs',
  SESSION_IDLE_MINUTES: 'sessionIdleMinutes',
  SESSION_MAX_AGE_HOURS: 'sessionMaxAgeHours',
  DESIGNDOC_ADMIN_PASSWORD: 'adminPassword',
  DESIGNDOC_BOOTSTRAP_TOKEN: 'bootstrapToken',
  TRUST_PROXY: 'trustProxy',
  TLS_CERT_FILE: 'tlsCertFile',
  TLS_KEY_FILE: 'tlsKeyFile',
  TLS_CLIENT_CA_FILE: 'tlsClientCaFile',
  TLS_CLIENT_CERTIFICATES: 'tlsClientCertificates',
  TLS_CLIENT_SUBJECTS: 'tlsClientSubjects',
  LINT_THREADS: 'lintThreads',
  EVENT_STREAMS_PER_USER: 'eventStreamsPerUser',
  SECRETS_KEY: 'secretsKey',
  WEBHOOK_TIMEOUT_MS: 'webhookTimeoutMs',
  WEBHOOK_MAX_ATTEMPTS: 'webhookMaxAttempts',
  WEBHOOK_RETRY_BASE_MS: 'webhookRetryBaseMs',
  WEBHOOK_DISABLE_AFTER: 'webhookDisableAfter',
  WEBHOOK_DELIVERY_DELAY_MS: 'webhookDeliveryDelayMs',
  WEBHOOK_POLL_MS: 'webhookPollMs',
  HTTP_HEADERS_TIMEOUT_MS: 'httpHeadersTimeoutMs',
  HTTP_REQUEST_TIMEOUT_MS: 'httpRequestTimeoutMs',
  HTTP_IDLE_TIMEOUT_MS: 'httpIdleTimeoutMs',
  HTTP_KEEP_ALIVE_TIMEOUT_MS: 'httpKeepAliveTimeoutMs',
  METRICS_TOKEN: 'metricsToken',
  SHUTDOWN_TIMEOUT_MS: 'shutdownTimeoutMs',
  WEBHOOK_ALLOW_PRIVATE: 'webhookAllowPrivate',
  ...OIDC_SETTINGS,
} as const;

type SettingName = keyof typeof SETTINGS;

/**
 * The server configuration from the environment and, when `DESIGNDOC_CONFIG` names one, a YAML
 * or JSON file (the environment wins). Every bad setting is reported at once, by its name.
 * The only reader of `process.env` is the caller that passes `env`.
 */
export function loadServerConfig(
  env: Record<string, string | undefined>,
  cwd: string,
  overrides: Partial<ServerConfig> = {},
): ServerConfig {
  const problems: string[] = [];
  const file = readConfigFile(env.DESIGNDOC_CONFIG, cwd, problems);
  const raw = (name: SettingName): string | undefined => {
    const fromEnv = env[name];
    if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
    const value = file[SETTINGS[name]];
    return value === undefined || value === null ? undefined : String(value);
  };
  const integer = (name: SettingName, fallback: number, min: number, max: number): number => {
    const value = raw(name);
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < min || n > max) {
      problems.push(`${name} “${value}” must be a whole number from ${min} to ${max}`);
      return fallback;
    }
    return n;
  };
  const url = (name: SettingName, protocols: string[]): string | null => {
    const value = raw(name);
    if (value === undefined) return null;
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol)) throw new Error();
      return value;
    } catch {
      problems.push(
        `${name} must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
      );
      return null;
    }
  };
  const host = raw('HOST') ?? '127.0.0.1';
  const port = integer('PORT', 8080, 0, 65535);
  const tls = readTlsSettings(raw, cwd, problems);
  const logLevel = raw('LOG_LEVEL') ?? 'info';
  const bodyLimit = integer('BODY_LIMIT', 5 * 1024 * 1024, 1024, 100 * 1024 * 1024);
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel))
    problems.push(`LOG_LEVEL “${logLevel}” must be one of ${LOG_LEVELS.join(', ')}`);
  const config: ServerConfig = {
    dataDir: resolve(cwd, raw('DESIGNDOC_DATA_DIR') ?? '.designdoc'),
    backupsKeep: integer('DESIGNDOC_BACKUPS_KEEP', 5, 1, 1000),
    databaseUrl: url('DATABASE_URL', ['postgres:', 'postgresql:']),
    redisUrl: url('REDIS_URL', ['redis:', 'rediss:']),
    host,
    port,
    publicUrl:
      url('PUBLIC_URL', ['http:', 'https:']) ??
      `${tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`,
    logLevel: logLevel as ServerConfig['logLevel'],
    tracing: readTracingEnabled(env, problems),
    bodyLimit,
    // Real design documents are at most some 200 KB with about 120 headings; these bounds keep
    // a save's work (and the model it stores) small enough to cost the event loop milliseconds.
    documentLimits: {
      bytes: integer('DOCUMENT_LIMIT', Math.min(1024 * 1024, bodyLimit), 1024, bodyLimit),
      headings: integer('DOCUMENT_MAX_HEADINGS', 2000, 1, 1_000_000),
    },
    rateLimit: {
      max: integer('RATE_LIMIT_MAX', 600, 1, 1_000_000),
      windowMs: integer('RATE_LIMIT_WINDOW_MS', 60_000, 1000, 3_600_000),
    },
    // One core stays for the event loop (HTTP, the database); the others lint, up to four.
    lintThreads: integer('LINT_THREADS', Math.min(4, availableParallelism() - 1), 0, 64),
    demo: true,
    session: {
      idleMinutes: integer('SESSION_IDLE_MINUTES', 24 * 60, 5, 90 * 24 * 60),
      maxAgeHours: integer('SESSION_MAX_AGE_HOURS', 30 * 24, 1, 365 * 24),
    },
    adminPassword: raw('DESIGNDOC_ADMIN_PASSWORD') ?? null,
    bootstrapToken: secretToken(
      'DESIGNDOC_BOOTSTRAP_TOKEN',
      raw('DESIGNDOC_BOOTSTRAP_TOKEN'),
      problems,
    ),
    tls,
    trustProxy: trustProxy(raw('TRUST_PROXY'), problems),
    oidc: loadOidcConfig(raw, problems),
    liveUpdates: {
      streamsPerUser: integer('EVENT_STREAMS_PER_USER', 20, 1, 10_000),
      heartbeatMs: 15_000,
      recheckMs: 30_000,
      credentialCheckMs: 1000,
    },
    secretsKey: secretsKey(raw('SECRETS_KEY'), problems),
    webhooks: {
      timeoutMs: integer('WEBHOOK_TIMEOUT_MS', 10_000, 100, 120_000),
      maxAttempts: integer('WEBHOOK_MAX_ATTEMPTS', 10, 1, 30),
      retryBaseMs: integer('WEBHOOK_RETRY_BASE_MS', 30_000, 10, 3_600_000),
      disableAfter: integer('WEBHOOK_DISABLE_AFTER', 30, 1, 10_000),
      initialDelayMs: integer('WEBHOOK_DELIVERY_DELAY_MS', 0, 0, 3_600_000),
      pollMs: integer('WEBHOOK_POLL_MS', 5000, 50, 600_000),
      allowPrivate: webhookAllowPrivate(raw('WEBHOOK_ALLOW_PRIVATE'), problems),
    },
    // Headers in 20 s and a 5 MiB body in 2 minutes (43 KB/s) is slow for any real client;
    // idle 60 s is four live-update heartbeats; keep-alive 72 s outlasts the 60 s idle timeout
    // of common load balancers (Fastify's default, so that they close first).
    httpTimeouts: {
      headersMs: integer('HTTP_HEADERS_TIMEOUT_MS', 20_000, 100, 600_000),
      requestMs: integer('HTTP_REQUEST_TIMEOUT_MS', 120_000, 100, 3_600_000),
      idleMs: integer('HTTP_IDLE_TIMEOUT_MS', 60_000, 100, 3_600_000),
      keepAliveMs: integer('HTTP_KEEP_ALIVE_TIMEOUT_MS', 72_000, 100, 600_000),
    },
    metricsToken: secretToken('METRICS_TOKEN', raw('METRICS_TOKEN'), problems),
    // Within the 10 s `docker stop` and the 30 s Kubernetes wait between SIGTERM and SIGKILL,
    // with time left to close the database; a request still running after 8 s is one a
    // client has likely given up on anyway.
    shutdownTimeoutMs: integer('SHUTDOWN_TIMEOUT_MS', 8000, 0, 600_000),
    ...overrides,
  };
  if (config.httpTimeouts.headersMs > config.httpTimeouts.requestMs)
    problems.push('HTTP_HEADERS_TIMEOUT_MS must not be longer than HTTP_REQUEST_TIMEOUT_MS');
  if (problems.length > 0) throw new ServerConfigError(problems);
  return config;
}

/** The non-empty entries of a comma-separated setting, trimmed. */
function commaList(value: string): string[] {
  return value
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
}

/** TRUST_PROXY: true/false, a hop count, or comma-separated addresses and CIDR ranges. */
function trustProxy(value: string | undefined, problems: string[]): boolean | number | string[] {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const entries = commaList(value);
  const bad = entries.filter((e) => {
    const [address = '', bits, ...rest] = e.split('/');
    return (
      isIP(address) === 0 || rest.length > 0 || (bits !== undefined && !/^\d{1,3}$/.test(bits))
    );
  });
  if (entries.length === 0 || bad.length > 0) {
    problems.push(
      `TRUST_PROXY “${value}” must be true, false, a number of proxies, or addresses and CIDR ranges separated by commas (e.g. 10.0.0.0/8,127.0.0.1)`,
    );
    return false;
  }
  return entries;
}

/** WEBHOOK_ALLOW_PRIVATE: true/false, or comma-separated addresses, CIDR ranges and host names. */
function webhookAllowPrivate(value: string | undefined, problems: string[]): boolean | string[] {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  const entries = commaList(value);
  const bad = entries.filter((e) => {
    const [address = '', bits, ...rest] = e.split('/');
    if (isIP(address) === 0)
      return bits !== undefined || !/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?\.?$/i.test(e);
    const most = isIP(address) === 4 ? 32 : 128;
    return (
      rest.length > 0 || (bits !== undefined && !(/^\d{1,3}$/.test(bits) && Number(bits) <= most))
    );
  });
  if (entries.length === 0 || bad.length > 0) {
    problems.push(
      `WEBHOOK_ALLOW_PRIVATE “${value}” must be true, false, or addresses, CIDR ranges and host names separated by commas (e.g. 10.20.0.0/16,hooks.internal)`,
    );
    return false;
  }
  return entries;
}

/**
 * A secret token given by the operator (`DESIGNDOC_BOOTSTRAP_TOKEN`, an admin key; `METRICS_TOKEN`,
 * what a scraper sends as a Bearer token): long and random enough not to be guessed.
 */
function secretToken(name: string, value: string | undefined, problems: string[]): string | null {
  if (value === undefined) return null;
  if (!/^[A-Za-z0-9._~+/=-]{32,256}$/.test(value)) {
    problems.push(
      `${name} must be 32 to 256 characters of letters, digits and ._~+/=- (for example: openssl rand -hex 32)`,
    );
    return null;
  }
  return value;
}

/** SECRETS_KEY: 32 random bytes, as 64 hex digits or base64 (`openssl rand -hex 32`). */
function secretsKey(value: string | undefined, problems: string[]): string | null {
  if (value === undefined) return null;
  const hex = /^[0-9a-fA-F]{64}$/.test(value);
  const bytes = hex ? 32 : /^[A-Za-z0-9+/_-]{43}=?$/.test(value) ? 32 : 0;
  if (bytes !== 32) {
    problems.push(
      'SECRETS_KEY must be 32 bytes as 64 hex digits or base64 (for example: openssl rand -hex 32)',
    );
    return null;
  }
  return value;
}

function readConfigFile(
  path: string | undefined,
  cwd: string,
  problems: string[],
): Record<string, unknown> {
  if (!path) return {};
  try {
    const value: unknown = parseYaml(readFileSync(resolve(cwd, path), 'utf8'));
    if (value === null || value === undefined) return {};
    if (typeof value !== 'object' || Array.isArray(value)) {
      problems.push(`DESIGNDOC_CONFIG ${path} must hold a mapping of settings`);
      return {};
    }
    const known = new Set<string>(Object.values(SETTINGS));
    for (const key of Object.keys(value))
      if (!known.has(key))
        problems.push(
          `DESIGNDOC_CONFIG ${path}: unknown setting “${key}”, expected one of ${[...known].join(', ')}`,
        );
    return value as Record<string, unknown>;
  } catch (error) {
    problems.push(
      `DESIGNDOC_CONFIG ${path} cannot be read: ${(error as Error).message.split('\n')[0]}`,
    );
    return {};
  }
}
