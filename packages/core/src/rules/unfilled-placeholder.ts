import { defineRule } from '../lint/rule.js';
import { scanMatches } from '../lint/scan-lines.js';
import type { Block } from '../markdown/blocks.js';
import { sentenceKey } from '../markdown/inline-text.js';
import { contentOf, walkSections } from '../model/extract.js';
import type { PlaceholderSpec, SectionSpec, TemplateSpec } from '../template/spec.js';
import { oneLine } from '../template/template-wording.js';

interface CompiledPatterns {
  patterns: { id: string; regex: RegExp; requires: string[] | undefined }[];
  sentences: Set<string>;
  /**
   * Hash of the first two words of each template sentence → the shortest and longest sentence
   * key with it: a line whose hash is absent, or whose length is far outside, cannot match.
   */
  firstWords: Map<number, [number, number]>;
  code: Set<string>;
}

const compiled = new WeakMap<TemplateSpec, CompiledPatterns>();

function compile(template: TemplateSpec): CompiledPatterns {
  const cached = compiled.get(template);
  if (cached) return cached;
  const patterns = (template.placeholders ?? []).map((p: PlaceholderSpec) => ({
    id: p.id,
    regex: new RegExp(p.pattern, `${(p.flags ?? '').replace(/[gm]/g, '')}gm`),
    requires: p.requires,
  }));
  const sentences = new Set<string>();
  const code = new Set<string>();
  const add = (text: string) => {
    if (text.includes('\n')) code.add(text.trim());
    sentences.add(sentenceKey(oneLine(text)));
  };
  const walk = (sections: SectionSpec[]) => {
    for (const section of sections) {
      for (const text of section.templateText ?? []) add(text);
      walk(section.sections ?? []);
    }
  };
  for (const text of template.preambleText ?? []) add(text);
  walk(template.sections);
  sentences.delete('');
  const firstWords = new Map<number, [number, number]>();
  for (const sentence of sentences) {
    const hash = firstWord(sentence);
    const range = firstWords.get(hash);
    if (range)
      firstWords.set(hash, [
        Math.min(range[0], sentence.length),
        Math.max(range[1], sentence.length),
      ]);
    else firstWords.set(hash, [sentence.length, sentence.length]);
  }
  const result = { patterns, sentences, code, firstWords };
  compiled.set(template, result);
  return result;
}

/**
 * The first two words of a text, lower case, without Markdown emphasis: a cheap pre-filter
 * before the full sentence key is computed.
 */
function firstWord(text: string, from = 0): number {
  // A hash of the first two words of the line starting at `from`, lower case, skipping
  // Markdown emphasis: no string is made, since this runs on every line of prose.
  let hash = 0;
  let i = from;
  while (i < text.length && !isWordChar(text.charCodeAt(i)) && text.charCodeAt(i) !== 10) i++;
  let spaces = 0;
  for (let taken = 0; i < text.length && taken < 80; i++, taken++) {
    let c = text.charCodeAt(i);
    if (c === 10) break;
    if (c === 42 || c === 95 || c === 96) continue;
    if (c === 32 && ++spaces === 2) break;
    if (c >= 65 && c <= 90) c += 32;
    hash = (Math.imul(hash, 31) + c) | 0;
  }
  // Kept within 30 bits: V8 stores such integers unboxed (as Smis), so the Map lookup per
  // line neither allocates a heap number nor hashes one.
  return hash & 0x3fffffff;
}

function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code > 127
  );
}

/** Whether a match sits inside a URL or a path (`https://x/{id}`, `/v1/quota/{tenant}`). */
function insideUrl(line: string, at: number, length: number): boolean {
  let start = at;
  while (start > 0 && !/\s|[(<"']/.test(line[start - 1] as string)) start--;
  let end = at + length;
  while (end < line.length && !/\s|[)>"']/.test(line[end] as string)) end++;
  const token = line.slice(start, end);
  return /^[a-z][a-z0-9+.-]*:\/\/|^www\.|^\/[\w{]/i.test(token);
}

/**
 * Whether bracketed text reads as a stand-in (`[Goal 1]`, `[What is out of scope]`: templates
 * write them capitalised) rather than something else a document puts in brackets: a citation
 * (`[Hudson '97]`, `[Wilson95]`, or any bracket used more than once), a link broken over a line
 * (`[Andrew Gerrand]` then `(mailto:…)` on the next line), notation (`[x, y]`, `[ Type ]`,
 * `[os]`), a quoted example (“[Name1]”), or a `<<[UNRESOLVED]>>` marker (an open point).
 */
function isBracketPlaceholder(
  found: string,
  line: string,
  at: number,
  source: string,
  sourceOffset: number,
): boolean {
  const inner = found.slice(1, -1);
  if (!/^[A-Z0-9]/.test(inner) || !/[A-Za-z]{2}/.test(inner)) return false;
  if (line.slice(Math.max(0, at - 2), at) === '<<' || /^\/?\s*UNRESOLVED\b/i.test(inner))
    return false;
  if (/^[\w.]+(?:\s*,\s*[\w.]+)+$/.test(inner) && inner.length < 20) return false;
  if (CITATION.test(inner)) return false;
  const before = line[at - 1] ?? '';
  const after = line[at + found.length] ?? '';
  if (/["“'‘`]/.test(before) && /["”'’`]/.test(after)) return false;
  if (/^\s*\(/.test(source.slice(sourceOffset + found.length, sourceOffset + found.length + 3)))
    return false;
  const first = source.indexOf(found);
  return first === -1 || source.indexOf(found, first + found.length) === -1;
}

/** A citation key: `Hudson '97`, `Wilson95`, `Knuth 1974`, `Lamport et al. 1978`. */
const CITATION = /^[A-Z][\w'-]*(?:\s+(?:et al\.?|and|&)(?:\s+[A-Z][\w-]*)?)?,?\s*'?\d{2,4}[a-z]?$/;

/** Text as a message quotes it: at most 60 characters, a longer one cut at 57 and “…”. */
const shortened = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** A code block that holds nothing but one bracketed line, such as `[Diagram: components]`. */
const ONLY_PLACEHOLDER = /^\[[^[\]\n]{1,300}\]$/;

const normaliseReference = (label: string) =>
  label.trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase();

/**
 * Text still as the template left it: bracketed or braced stand-ins, TBD/TODO/FIXME, yyyy-mm-dd,
 * NNNN, and the template's own sentences. Links, task boxes, footnotes and code are not
 * placeholders.
 */
export const unfilledPlaceholder = defineRule({
  meta: {
    id: 'unfilled-placeholder',
    description: 'No template placeholder or template sentence is left in the document.',
    defaultSeverity: 'error',
    fixable: false,
    // Quoted text is `shortened`.
    messages: {
      placeholder: 'Unfilled placeholder “{{text}}”',
      exampleCode: 'Code block still holds the template’s example',
      placeholderInCode: 'Unfilled placeholder “{{text}}” in a code block',
      templateText: 'Template text left in: “{{text}}”',
    },
    optionsSchema: {
      type: 'object',
      properties: {
        ignore: {
          type: 'array',
          items: { type: 'string' },
          description:
            'Placeholder pattern ids to skip (bracket, brace, marker, date, number, template-text).',
        },
      },
      additionalProperties: false,
    },
  },
  defaultOptions: { ignore: [] as string[] },
  check({ doc, options, report }) {
    const { patterns, sentences, code, firstWords } = compile(doc.template);
    // Markup makes a line longer than its key (emphasis, link targets), never shorter.
    const mayBeTemplateText = (text: string, from: number, length: number) => {
      const range = firstWords.get(firstWord(text, from));
      return range !== undefined && length >= range[0] && length <= range[1] * 2 + 20;
    };
    const isTemplateText = (text: string) =>
      mayBeTemplateText(text, 0, text.length) && sentences.has(sentenceKey(text));
    const ignored = new Set(options.ignore);
    const active = patterns.filter((p) => !ignored.has(p.id));
    const references = doc.tree.references;
    const flaggedLines = new Set<number>();
    for (const { id, regex, requires } of active) {
      if (requires && !requires.some((literal) => doc.source.includes(literal))) continue;
      for (const { line, column, match } of scanMatches(doc, regex)) {
        const found = match[0];
        if (found.startsWith('[') && references.has(normaliseReference(found.slice(1, -1))))
          continue;
        const lineText = doc.lines.lineText(line);
        if (insideUrl(lineText, column - 1, found.length)) continue;
        if (
          id === 'bracket' &&
          !isBracketPlaceholder(found, lineText, column - 1, doc.source, match.index)
        )
          continue;
        flaggedLines.add(line);
        report({
          messageId: 'placeholder',
          data: { text: shortened(found) },
          place: doc.lines.span(line, column, column + found.length),
        });
      }
    }
    if (ignored.has('template-text') || (sentences.size === 0 && code.size === 0)) return;
    const paragraphIsTemplate = (block: Block | undefined) => {
      if (block?.type !== 'paragraph') return false;
      // A paragraph is compared whole, however it is wrapped: the template's guidance is
      // remembered one paragraph at a time. (The cheap check reads the first line as written.)
      if (!mayBeTemplateText(block.text, 0, block.text.length)) return false;
      const text =
        block.text.includes('\n') || block.text.includes('<!--') ? oneLine(block.text) : block.text;
      return sentences.has(sentenceKey(text));
    };
    // A prompt of the template kept as a lead-in and answered right below ("Why should we *not*
    // do this?" and then the author's reasons) is the author's way of writing; left unanswered,
    // it is a gap.
    const answered = (text: string, next: Block | undefined) =>
      /\?\s*$/.test(text) &&
      next !== undefined &&
      next.type !== 'heading' &&
      !paragraphIsTemplate(next);
    // A code block that is one bracketed line is a stand-in only where the template asks for a
    // diagram or code (elsewhere `[1, 2, 3]` in a code block is data).
    const standInCode = new Set<Block>();
    for (const section of walkSections(doc.model.sections))
      if (contentOf(doc.template, section).some((c) => c.kind === 'diagram' || c.kind === 'code'))
        for (const block of section.blocks) if (block.type === 'code') standInCode.add(block);
    // `after`: the block after a quote, for its last paragraph (a prompt quoted, then answered).
    const visit = (blocks: Block[], after?: Block) => {
      for (const [i, block] of blocks.entries()) {
        if (block.type === 'paragraph') {
          if (paragraphIsTemplate(block) && !answered(block.text, blocks[i + 1] ?? after))
            reportSentence(block.place.start.line, block.text);
        } else if (block.type === 'list') {
          for (const item of block.items) {
            if (
              mayBeTemplateText(item.text, 0, item.text.length) &&
              isTemplateText(oneLine(item.text)) &&
              !(/\?\s*$/.test(item.text) && item.children.length > 0)
            )
              reportSentence(item.textLine, item.text);
            visit(item.children);
          }
        } else if (block.type === 'code' && code.has(block.value.trim())) {
          report({ messageId: 'exampleCode', place: block.place });
        } else if (
          block.type === 'code' &&
          ONLY_PLACEHOLDER.test(block.value.trim()) &&
          !ignored.has('bracket') &&
          standInCode.has(block)
        ) {
          const found = block.value.trim();
          report({
            messageId: 'placeholderInCode',
            data: { text: shortened(found) },
            place: doc.lines.span(block.valueLine, 1, doc.lines.lineLength(block.valueLine) + 1),
          });
        } else if (block.type === 'table') {
          for (const row of block.rows) {
            for (const cell of row.cells)
              if (cell !== '' && isTemplateText(cell)) reportSentence(row.place.start.line, cell);
          }
        } else if (block.type === 'blockquote') visit(block.children, blocks[i + 1] ?? after);
      }
    };
    const reportSentence = (line: number, lineText: string) => {
      if (flaggedLines.has(line)) return;
      const text = doc.lines.lineText(line);
      const first = lineText.split('\n')[0]?.trim() ?? '';
      const column = Math.max(0, text.indexOf(first));
      report({
        messageId: 'templateText',
        data: { text: shortened(first) },
        place: doc.lines.span(line, column + 1, column + first.length + 1),
      });
    };
    visit(doc.tree.blocks);
  },
});
