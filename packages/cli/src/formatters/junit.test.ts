import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD, TDD_WITH_ERROR, TDD_WITH_ERROR_AND_WARNING } from '../../test/documents.js';
import { runCli } from '../../test/run-cli.js';
import { parseXml, type XmlElement } from '../../test/xml.js';
import type { FileResult } from '../lint/lint-file.js';
import { junit } from './junit.js';

const tempDir = useTempDirs();

const childrenNamed = (element: XmlElement, name: string) =>
  element.children.filter((c) => c.name === name);

describe('junit format', () => {
  it('is well-formed XML with a test suite per file and a failure per error', async () => {
    const dir = tempDir({
      'a.md': TDD_WITH_ERROR_AND_WARNING,
      'b.md': CLEAN_TDD,
      'c.md': TDD_WITH_ERROR,
    });
    const out = await runCli(['lint', '--format', 'junit'], { cwd: dir.path });
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n/);
    const root = parseXml(out.stdout);
    expect(root.name).toBe('testsuites');
    const suites = childrenNamed(root, 'testsuite');
    expect(suites.map((s) => s.attributes.name)).toEqual(['a.md', 'b.md', 'c.md']);
    expect(suites.map((s) => [s.attributes.tests, s.attributes.failures])).toEqual([
      ['2', '1'],
      ['1', '0'],
      ['1', '1'],
    ]);
    const [a, b] = suites as [XmlElement, XmlElement];
    const failures = childrenNamed(a, 'testcase').flatMap((c) => childrenNamed(c, 'failure'));
    expect(failures).toHaveLength(1);
    expect(failures[0]?.attributes).toEqual({
      message: 'Unfilled placeholder “[TODO]”',
      type: 'unfilled-placeholder',
    });
    expect(failures[0]?.text).toMatch(/^a\.md:\d+:27 Unfilled placeholder “\[TODO\]”$/);
    expect(childrenNamed(b, 'testcase').flatMap((c) => c.children)).toEqual([]);
  });

  it('escapes markup in file names and messages', () => {
    const point = { line: 1, column: 1, offset: 0 };
    const result: FileResult = {
      filePath: '/repo/R&D <draft> "v2".md',
      errorCount: 1,
      warningCount: 1,
      fixableCount: 0,
      diagnostics: [
        {
          ruleId: 'x',
          severity: 'error',
          message: 'Use <b> & "quotes"\u0007',
          place: { start: point, end: point },
          url: '',
        },
        {
          ruleId: 'y',
          severity: 'warning',
          message: 'a < b',
          place: { start: point, end: point },
          url: '',
        },
      ],
    };
    const root = parseXml(
      junit([result], { cwd: '/repo', color: false, rules: new Map(), version: '0' }),
    );
    const suite = childrenNamed(root, 'testsuite')[0] as XmlElement;
    expect(suite.attributes.name).toBe('R&D <draft> "v2".md');
    const [failing, warning] = childrenNamed(suite, 'testcase') as [XmlElement, XmlElement];
    expect(childrenNamed(failing, 'failure')[0]?.attributes.message).toBe('Use <b> & "quotes"');
    expect(childrenNamed(warning, 'system-out')[0]?.text).toBe('warning: a < b');
  });

  it('the XML check itself rejects malformed documents', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow(/does not match/);
    expect(() => parseXml('<a>R&D</a>')).toThrow(/Bare “&”/);
    expect(() => parseXml('<a x=1/>')).toThrow(/Malformed tag/);
    expect(() => parseXml('<a>')).toThrow(/Unclosed/);
    expect(() => parseXml('<a/><b/>')).toThrow(/More than one root/);
  });
});
