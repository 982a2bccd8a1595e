import { describe, expect, it } from 'vitest';
import { sqliteDatabase } from '../../../test/databases.js';
import { ADMIN_TOKEN, useTestApp } from '../../../test/test-app.js';
import { loadServerConfig, ServerConfigError } from '../../config.js';

const TOKEN = 'metrics-scrape-token-0123456789abcdefghij';

describe('GET /metrics', () => {
  describe('without METRICS_TOKEN', () => {
    const current = useTestApp(sqliteDatabase);

    it('answers anyone, as the quick start expects', async () => {
      const response = await current().anonymous.inject({ url: '/metrics' });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('designdoc_documents 0');
    });
  });

  describe('with METRICS_TOKEN', () => {
    const current = useTestApp(sqliteDatabase, { metricsToken: TOKEN });

    it('answers only the token: not anonymous callers, other tokens or admin API keys', async () => {
      const { anonymous } = current();
      const get = (authorization?: string) =>
        anonymous.inject({ url: '/metrics', headers: authorization ? { authorization } : {} });
      for (const authorization of [
        undefined,
        `Bearer ${TOKEN}x`,
        `Bearer ${ADMIN_TOKEN}`,
        `Basic ${TOKEN}`,
      ]) {
        const refused = await get(authorization);
        expect([authorization, refused.statusCode]).toEqual([authorization, 401]);
        expect(refused.headers['content-type']).toBe('application/problem+json; charset=utf-8');
        expect(refused.body).not.toContain('designdoc_documents');
      }
      expect((await get()).headers['www-authenticate']).toBe('Bearer realm="designdoc metrics"');
      const scraped = await get(`Bearer ${TOKEN}`);
      expect(scraped.statusCode).toBe(200);
      expect(scraped.body).toContain('designdoc_documents 0');
      // The token opens the metrics and nothing else.
      const api = await anonymous.inject({
        url: '/api/v1/me',
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(api.statusCode).toBe(401);
    });
  });

  it('takes METRICS_TOKEN from the environment, and refuses one short enough to guess', () => {
    expect(loadServerConfig({ METRICS_TOKEN: TOKEN }, process.cwd()).metricsToken).toBe(TOKEN);
    expect(loadServerConfig({}, process.cwd()).metricsToken).toBeNull();
    expect(() => loadServerConfig({ METRICS_TOKEN: 'secret' }, process.cwd())).toThrow(
      ServerConfigError,
    );
  });
});
