import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** One attack's figures. */
export interface AttackRow {
  operation: string;
  input: string;
  /** The attack's status; 0 when it did not answer in time or the connection broke. */
  status: number;
  attackMs: number;
  responseBytes: number;
  probes: number;
  healthzP99: number;
  healthzMax: number;
  /** The start of the answer when it was not 2xx (what the server said was wrong). */
  detail?: string;
  /** What went wrong for a user, empty when nothing did. */
  problems: string[];
}

const ms = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en') : n.toFixed(1));

/** The rows as a Markdown table, slowest /healthz p99 first. */
export function markdownTable(rows: AttackRow[]): string {
  const sorted = [...rows].sort((a, b) => b.healthzP99 - a.healthzP99);
  return [
    '| operation | input | status | attack ms | /healthz p99 ms | max ms | probes |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...sorted.map(
      (r) =>
        `| \`${r.operation}\` | ${r.input} | ${r.status || 'none'} | ${ms(r.attackMs)} | ${ms(r.healthzP99)} | ${ms(r.healthzMax)} | ${r.probes} |`,
    ),
  ].join('\n');
}

/**
 * Print the table and write every figure as JSON: to `ADVERSARIAL_RESULTS` (a folder, relative
 * to the repository; e.g. `bench/results`) when set, else to the system's temporary folder.
 * Returns the file written.
 */
export function writeReport(
  engine: string,
  rows: AttackRow[],
  unclassified: string[],
  runtimeMs: number,
): string {
  const folder = process.env.ADVERSARIAL_RESULTS
    ? resolve(process.env.ADVERSARIAL_RESULTS)
    : join(tmpdir(), 'designdoc-adversarial');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `adversarial-${engine}.json`);
  const report = {
    engine,
    date: new Date().toISOString(),
    node: process.version,
    runtimeSeconds: Math.round(runtimeMs / 1000),
    requests: rows.length,
    unclassified,
    rows,
  };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    [
      `\nEvery route under its worst input, ${engine}: ${rows.length} attacks in ${report.runtimeSeconds} s`,
      unclassified.length > 0
        ? `Operations with no attack in the table (sent a plain request): ${unclassified.join(', ')}`
        : 'Every operation in the OpenAPI has an attack in the table.',
      '',
      markdownTable(rows),
      '',
      `Figures: ${file}`,
    ].join('\n'),
  );
  return file;
}
