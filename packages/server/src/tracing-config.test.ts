import { describe, expect, it } from 'vitest';
import { loadServerConfig } from './config.js';

const tracing = (env: Record<string, string>) => loadServerConfig(env, '/srv').tracing;

describe('tracing switch (OTEL_* variables)', () => {
  it('is off unless an OTLP endpoint or a trace exporter is set', () => {
    expect(tracing({})).toBe(false);
    expect(tracing({ OTEL_SERVICE_NAME: 'docs', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' })).toBe(
      false,
    );
    expect(tracing({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
    expect(tracing({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://tempo/v1/traces' })).toBe(true);
    expect(tracing({ OTEL_TRACES_EXPORTER: 'console' })).toBe(true);
    expect(tracing({ OTEL_EXPORTER_OTLP_ENDPOINT: '' })).toBe(false);
  });

  it('is off with OTEL_SDK_DISABLED=true or OTEL_TRACES_EXPORTER=none, whatever else is set', () => {
    const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' };
    expect(tracing({ ...endpoint, OTEL_SDK_DISABLED: 'true' })).toBe(false);
    expect(tracing({ ...endpoint, OTEL_SDK_DISABLED: 'TRUE' })).toBe(false);
    expect(tracing({ ...endpoint, OTEL_SDK_DISABLED: 'false' })).toBe(true);
    expect(tracing({ ...endpoint, OTEL_TRACES_EXPORTER: 'none' })).toBe(false);
  });

  it('names each value the SDK would only warn about and ignore', () => {
    expect(() =>
      loadServerConfig(
        {
          OTEL_TRACES_EXPORTER: 'otlp,jaeger',
          OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'udp',
          OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318',
        },
        '/srv',
      ),
    ).toThrow(
      [
        '  - OTEL_TRACES_EXPORTER “jaeger” must be otlp, console, zipkin or none',
        '  - OTEL_EXPORTER_OTLP_TRACES_PROTOCOL “udp” must be http/protobuf (the default), http/json or grpc',
        '  - OTEL_EXPORTER_OTLP_ENDPOINT must be a URL starting with http:// or https://',
      ].join('\n'),
    );
  });
});
