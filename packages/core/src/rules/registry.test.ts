import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../lint/rule.js';
import { RULES } from './index.js';

const RULES_DIR = fileURLToPath(new URL('.', import.meta.url));
const DOCS_DIR = fileURLToPath(new URL('../../../../docs/rules/', import.meta.url));

/** Modules in rules/ that are not rules: the registry and code the rules share (test support is in test/). */
const HELPERS = ['index.ts', 'link-targets.ts', 'planned-mark.ts', 'section-tools.ts'];

const ids = RULES.map((rule) => rule.meta.id);
const sourceFiles = readdirSync(RULES_DIR).filter(
  (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'),
);

const isRule = (value: unknown): value is Rule<never> =>
  typeof value === 'object' &&
  value !== null &&
  'meta' in value &&
  'check' in value &&
  typeof (value as Rule).check === 'function';

describe('rule registry', () => {
  it('is sorted by id and has no id twice', () => {
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has kebab-case ASCII ids (diagnostics are sorted by code unit, not by locale)', () => {
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it.each(ids)('%s has its source, its test and a doc page that starts with its id', (id) => {
    expect(existsSync(`${RULES_DIR}${id}.ts`), `rules/${id}.ts`).toBe(true);
    expect(existsSync(`${RULES_DIR}${id}.test.ts`), `rules/${id}.test.ts`).toBe(true);
    expect(existsSync(`${DOCS_DIR}${id}.md`), `docs/rules/${id}.md`).toBe(true);
    expect(readFileSync(`${DOCS_DIR}${id}.md`, 'utf8').split('\n')[0]).toBe(`# ${id}`);
  });

  it.each(ids)('%s declares its messages by camelCase id, as ESLint rules do', (id) => {
    const messages = Object.entries(RULES.find((rule) => rule.meta.id === id)?.meta.messages ?? {});
    expect(messages.length).toBeGreaterThan(0);
    for (const [messageId, text] of messages) {
      expect(messageId).toMatch(/^[a-z][A-Za-z]*$/);
      expect(text.trim()).not.toBe('');
    }
  });

  it.each(sourceFiles)(
    '%s is a registered rule named after its file, or a known helper',
    async (file) => {
      const name = file.replace(/\.ts$/, '');
      const exported = Object.values(await import(/* @vite-ignore */ `./${name}.js`)).filter(
        isRule,
      );
      if (HELPERS.includes(file)) {
        expect(exported).toEqual([]);
        return;
      }
      expect(exported.map((rule) => rule.meta.id)).toEqual([name]);
      expect(RULES).toContain(exported[0]);
    },
  );

  it('lists every helper that exists', () => {
    expect(HELPERS.filter((file) => !sourceFiles.includes(file))).toEqual([]);
  });

  it('has a doc page for rules only (besides the index)', () => {
    const pages = readdirSync(DOCS_DIR).filter(
      (file) => file.endsWith('.md') && file !== 'README.md',
    );
    expect(pages.map((page) => page.replace(/\.md$/, '')).sort()).toEqual(ids);
  });
});
