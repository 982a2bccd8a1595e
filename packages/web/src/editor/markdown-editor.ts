import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import {
  type Diagnostic as EditorDiagnostic,
  linter,
  lintGutter,
  lintKeymap,
} from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  type KeyBinding,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import type { Diagnostic } from '@designdoc/core';
import { tags } from '@lezer/highlight';

/** Markdown colours from the page's CSS variables, so light and dark mode both read well. */
const highlight = HighlightStyle.define([
  { tag: tags.heading, color: 'var(--md-heading)', fontWeight: '600' },
  { tag: [tags.emphasis], fontStyle: 'italic' },
  { tag: [tags.strong], fontWeight: '600' },
  { tag: [tags.link, tags.url], color: 'var(--md-link)' },
  { tag: [tags.monospace], color: 'var(--md-code)' },
  { tag: [tags.meta, tags.processingInstruction, tags.contentSeparator], color: 'var(--muted)' },
  { tag: [tags.quote], color: 'var(--muted)', fontStyle: 'italic' },
  { tag: [tags.list], color: 'var(--md-list)' },
]);

const theme = EditorView.theme({
  '&': { height: '100%', backgroundColor: 'var(--surface)', color: 'var(--text)' },
  '.cm-content': { fontFamily: 'var(--mono)', fontSize: '0.9rem', caretColor: 'var(--text)' },
  '.cm-gutters': {
    backgroundColor: 'var(--surface-2)',
    color: 'var(--muted)',
    borderRight: '1px solid var(--border)',
  },
  '.cm-activeLine': { backgroundColor: 'var(--active-line)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--active-line)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground': {
    backgroundColor: 'var(--selection) !important',
  },
  '.cm-tooltip': {
    backgroundColor: 'var(--surface)',
    color: 'var(--text)',
    border: '1px solid var(--border)',
  },
  '.cm-diagnosticAction': { backgroundColor: 'var(--accent)', color: 'var(--on-accent)' },
});

/** A core diagnostic as CodeMirror shows it: squiggle, hover message, rule link and quick fix. */
export function toEditorDiagnostic(d: Diagnostic, length: number): EditorDiagnostic {
  const from = Math.min(d.place.start.offset, length);
  const to = Math.max(from, Math.min(d.place.end.offset, length));
  const fix = d.fix;
  return {
    from,
    to,
    severity: d.severity,
    source: d.ruleId,
    message: d.message,
    renderMessage: () => {
      const box = document.createElement('span');
      box.append(`${d.message} `);
      const link = document.createElement('a');
      link.href = d.url;
      link.target = '_blank';
      link.rel = 'noreferrer';
      link.textContent = `(${d.ruleId})`;
      box.append(link);
      return box;
    },
    actions: fix
      ? [
          {
            name: 'Fix',
            apply: (view) => {
              const [start, end] = fix.range;
              view.dispatch({ changes: { from: start, to: end, insert: fix.text } });
            },
          },
        ]
      : [],
  };
}

export interface MarkdownEditorOptions {
  doc: string;
  /** Lint the text; called after every change (shortly after, while typing). */
  lint: (text: string) => Diagnostic[];
  onChange: (text: string) => void;
  /** Extra keys (Mod-s to save). */
  keys?: KeyBinding[];
  label: string;
}

/** A CodeMirror 6 Markdown editor with the core's lint as its linter. */
export function createMarkdownEditor(
  parent: HTMLElement,
  options: MarkdownEditorOptions,
): EditorView {
  return new EditorView({
    parent,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        highlightSelectionMatches(),
        EditorView.lineWrapping,
        markdown(),
        syntaxHighlighting(highlight),
        theme,
        lintGutter(),
        linter(
          (view) => {
            const text = view.state.doc.toString();
            return options.lint(text).map((d) => toEditorDiagnostic(d, text.length));
          },
          { delay: 80 },
        ),
        keymap.of([
          ...(options.keys ?? []),
          ...defaultKeymap,
          ...historyKeymap,
          ...searchKeymap,
          ...lintKeymap,
        ]),
        // tabindex: the content is focusable anyway; saying so lets checkers see the scroller is reachable.
        EditorView.contentAttributes.of({ 'aria-label': options.label, tabindex: '0' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
}

/** Put the cursor at the start of `line` (1-based), scroll it into view and focus the editor. */
export function goToLine(view: EditorView, line: number): void {
  const target = view.state.doc.line(Math.max(1, Math.min(line, view.state.doc.lines)));
  view.dispatch({
    selection: { anchor: target.from },
    effects: EditorView.scrollIntoView(target.from, { y: 'center' }),
  });
  view.focus();
}
