import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { getPreset } from '../template/presets/index.js';
import { fix, lint } from './lint.js';

const TDD = getPreset('tdd');
const DOC = '# Payments ledger\n\n## Overview\n\nA ledger, [TODO].\n';

describe('lint timing hook', () => {
  it('adds the time of every rule that ran, by rule id, and leaves the results unchanged', () => {
    const timing = new Map<string, number>();
    const timed = lint(DOC, { template: TDD, timing });
    expect(timed.diagnostics).toEqual(lint(DOC, { template: TDD }).diagnostics);
    const running = RULES.filter((rule) => rule.meta.defaultSeverity !== 'off').map(
      (rule) => rule.meta.id,
    );
    expect([...timing.keys()].sort()).toEqual([...running].sort());
    for (const ms of timing.values()) expect(ms).toBeGreaterThanOrEqual(0);
  });

  it('leaves out rules that are off', () => {
    const timing = new Map<string, number>();
    lint(DOC, { template: TDD, rules: { 'unfilled-placeholder': 'off' }, timing });
    expect(timing.has('unfilled-placeholder')).toBe(false);
  });

  it('sums over calls that share the map (each pass of fix, each file of a run)', () => {
    const timing = new Map<string, number>();
    lint(DOC, { template: TDD, timing });
    const once = new Map(timing);
    lint(DOC, { template: TDD, timing });
    for (const [id, ms] of timing) expect(ms).toBeGreaterThanOrEqual(once.get(id) ?? 0);
    const fixed = new Map<string, number>();
    fix(DOC, { template: TDD, timing: fixed });
    expect(fixed.size).toBe(timing.size);
  });
});
