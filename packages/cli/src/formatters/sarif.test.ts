import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import {
  CLEAN_TDD,
  lineOf,
  TDD_WITH_ERROR,
  TDD_WITH_ERROR_AND_WARNING,
} from '../../test/documents.js';
import { runCli } from '../../test/run-cli.js';
import { VERSION } from '../version.js';

const tempDir = useTempDirs();

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId?: string };
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
  }[];
}

async function sarifFor(files: Record<string, string | Uint8Array>, argv: string[] = []) {
  const dir = tempDir(files);
  const paths = argv.length > 0 ? argv : Object.keys(files);
  const out = await runCli(['lint', '--format', 'sarif', ...paths], { cwd: dir.path });
  const log = JSON.parse(out.stdout);
  return { out, log, run: log.runs[0], results: log.runs[0].results as SarifResult[], dir };
}

describe('sarif format', () => {
  it('is a SARIF 2.1.0 log with one run of the designdoc driver', async () => {
    const { out, log, run } = await sarifFor({ 'doc.md': TDD_WITH_ERROR });
    expect(out.code).toBe(1);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe('designdoc');
    expect(run.tool.driver.version).toBe(VERSION);
  });

  it('lists each rule that fired, with a description and help link, and indexes results into it', async () => {
    const { run, results } = await sarifFor({ 'doc.md': TDD_WITH_ERROR_AND_WARNING });
    const rules = run.tool.driver.rules as {
      id: string;
      shortDescription: { text: string };
      helpUri: string;
    }[];
    expect(rules.map((r) => r.id)).toEqual(['heading-level', 'unfilled-placeholder']);
    for (const rule of rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(10);
      expect(rule.helpUri).toBe(
        `https://github.com/designdoc/designdoc/blob/main/docs/rules/${rule.id}.md`,
      );
    }
    for (const result of results) expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([
      ['unfilled-placeholder', 'error'],
      ['heading-level', 'warning'],
    ]);
  });

  it('locates results by a URI relative to the working folder and a 1-based region', async () => {
    const { run, results, dir } = await sarifFor({ 'docs/my doc.md': TDD_WITH_ERROR });
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${encodeURI(dir.path)}/`);
    const [result] = results;
    const location = result?.locations[0]?.physicalLocation;
    expect(location?.artifactLocation).toEqual({ uri: 'docs/my%20doc.md', uriBaseId: '%SRCROOT%' });
    expect(location?.region).toEqual({
      startLine: lineOf(TDD_WITH_ERROR, 'TODO'),
      startColumn: 27,
      endLine: lineOf(TDD_WITH_ERROR, 'TODO'),
      endColumn: 33,
    });
    expect(result?.message.text).toBe('Unfilled placeholder “[TODO]”');
  });

  it('percent-encodes characters a URI reserves', async () => {
    const { results } = await sarifFor({ 'notes #1?.md': TDD_WITH_ERROR });
    expect(results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(
      'notes%20%231%3F.md',
    );
  });

  it('locates a file outside the working folder by its absolute file: URI', async () => {
    const outside = tempDir({ 'design.md': TDD_WITH_ERROR });
    const { results } = await sarifFor({ 'here.md': CLEAN_TDD }, [outside.file('design.md')]);
    expect(results[0]?.locations[0]?.physicalLocation.artifactLocation).toEqual({
      uri: `file://${encodeURI(outside.file('design.md'))}`,
    });
  });

  it('gives a non-empty region for a problem reported at a single point', async () => {
    const { results } = await sarifFor({ 'empty.md': '' });
    const region = results[0]?.locations[0]?.physicalLocation.region;
    expect(region).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 });
    expect(results[0]?.ruleId).toBe('file');
  });

  it('describes the file rule for unreadable files', async () => {
    const { run, out } = await sarifFor({ 'bin.md': new Uint8Array([0, 1, 2]) });
    expect(out.code).toBe(2);
    expect(run.tool.driver.rules[0].id).toBe('file');
    expect(run.tool.driver.rules[0].shortDescription.text).toContain('could not be read');
  });

  it('prints a log with no results for a clean run', async () => {
    const { out, run } = await sarifFor({ 'doc.md': CLEAN_TDD });
    expect(out.code).toBe(0);
    expect(run.results).toEqual([]);
    expect(run.tool.driver.rules).toEqual([]);
  });
});
