import { relative } from 'node:path';
import type { Formatter } from './formatter.js';

const xml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** JUnit XML for CI test reports: a suite per file, a failing test case per problem. */
export const junit: Formatter = (results, { cwd }) => {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<testsuites name="designdoc">'];
  for (const r of results) {
    const file = xml(relative(cwd, r.filePath));
    const tests = Math.max(1, r.diagnostics.length);
    out.push(
      `  <testsuite name="${file}" tests="${tests}" failures="${r.errorCount}" errors="0" skipped="0">`,
    );
    if (r.diagnostics.length === 0) out.push(`    <testcase classname="${file}" name="${file}"/>`);
    for (const d of r.diagnostics) {
      const name = xml(`${d.place.start.line}:${d.place.start.column} ${d.ruleId}`);
      const type = d.severity === 'error' ? 'failure' : 'system-out';
      out.push(`    <testcase classname="${file}" name="${name}">`);
      if (type === 'failure') {
        out.push(
          `      <failure message="${xml(d.message)}" type="${xml(d.ruleId)}">${file}:${d.place.start.line}:${d.place.start.column} ${xml(d.message)}</failure>`,
        );
      } else out.push(`      <system-out>warning: ${xml(d.message)}</system-out>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};
