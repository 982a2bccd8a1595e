import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../../../../test/repo-paths.js';
import { sqliteDatabase } from '../../../test/databases.js';
import { startTestApp } from '../../../test/test-app.js';

interface RuleFile {
  groups: { name: string; rules: { alert: string; expr: string }[] }[];
}

/** The alerting rules shipped in deploy/prometheus/alerts.yaml. */
async function alertRules() {
  const text = await readFile(`${REPO_ROOT}deploy/prometheus/alerts.yaml`, 'utf8');
  return (parse(text) as RuleFile).groups.flatMap((group) => group.rules);
}

/** Every series name `/metrics` can show: histograms as their _bucket, _count and _sum series. */
function exportedSeries(exposition: string): Set<string> {
  const names = new Set<string>();
  for (const [, name, type] of exposition.matchAll(/^# TYPE (\S+) (\S+)$/gm)) {
    if (!name) continue;
    names.add(name);
    if (type === 'histogram' || type === 'summary')
      for (const suffix of ['_bucket', '_count', '_sum']) names.add(`${name}${suffix}`);
  }
  return names;
}

/**
 * Every series the server can export, from one scrape. The pool gauge is registered for a
 * PostgreSQL pool, the disk gauge in embedded mode: an SQLite database with a pg.Pool beside it
 * (never connected) shows both at once.
 */
async function allExportedSeries(): Promise<Set<string>> {
  const pool = new pg.Pool({ connectionString: 'postgres://127.0.0.1:1/unused' });
  const test = await startTestApp(async () => {
    const database = await sqliteDatabase();
    return { connection: { ...database.connection, pool }, drop: database.drop };
  });
  try {
    const scrape = await test.anonymous.inject({ url: '/metrics' });
    expect(scrape.statusCode).toBe(200);
    return exportedSeries(scrape.body);
  } finally {
    await test.close();
    await pool.end();
  }
}

/** The `designdoc_…` names in a query that `exported` lacks, as `where: name`. */
function unknownNames(where: string, query: string, exported: Set<string>): string[] {
  return [...query.matchAll(/\bdesigndoc_\w+/g)]
    .map(([name]) => name)
    .filter((name) => !exported.has(name))
    .map((name) => `${where}: ${name}`);
}

describe('deploy/prometheus/alerts.yaml and deploy/grafana/designdoc.json', () => {
  it('read only metrics the server exports, so a renamed metric fails here', async () => {
    const exported = await allExportedSeries();
    const rules = await alertRules();
    expect(rules.map((rule) => rule.alert)).toHaveLength(7);
    // Every alert reads at least one of the server's metrics, or Prometheus's own `up`.
    for (const rule of rules) expect(rule.expr).toMatch(/\bdesigndoc_\w+|\bup\{/);
    const dashboard = JSON.parse(
      await readFile(`${REPO_ROOT}deploy/grafana/designdoc.json`, 'utf8'),
    ) as { panels: { title: string; targets: { expr: string }[] }[] };
    const queries = [
      ...rules.map((rule) => ({ where: rule.alert, expr: rule.expr })),
      ...dashboard.panels.flatMap((panel) =>
        panel.targets.map((target) => ({ where: panel.title, expr: target.expr })),
      ),
    ];
    expect(queries.length).toBeGreaterThan(rules.length);
    expect(queries.flatMap((query) => unknownNames(query.where, query.expr, exported))).toEqual([]);
  });

  it('leaves out of the latency alert exactly the event-stream routes the server has', async () => {
    const rule = (await alertRules()).find((r) => r.alert === 'DesigndocSlowRequests');
    const pattern = /route!~"([^"]+)"/.exec(rule?.expr ?? '')?.[1];
    expect(pattern).toBeDefined();
    // Prometheus anchors label regexes at both ends.
    const excluded = new RegExp(`^(?:${pattern})$`);
    const test = await startTestApp(sqliteDatabase);
    try {
      const routes = [...new Set(test.anonymous.routeTable.map((route) => route.url))];
      expect(routes.filter((url) => excluded.test(url)).sort()).toEqual([
        '/api/v1/documents/:id/events',
        '/api/v1/workspaces/:ws/events',
      ]);
    } finally {
      await test.close();
    }
  });
});
