import { didYouMean } from '../did-you-mean.js';
import { disableDirectives } from '../lint/disable-comments.js';
import { defineRule } from '../lint/rule.js';

/**
 * Disable comments name rules that exist. A mistyped id switches nothing off, so the finding it
 * was meant to silence shows up anyway, and the comment looks as if it were doing its job.
 */
export const disableComment = defineRule({
  meta: {
    id: 'disable-comment',
    description:
      'Inline disable comments name rules that exist (and, on request, switch something off).',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      unknownRule: 'Unknown rule “{{ruleId}}” in designdoc-{{kind}} comment',
      unknownRuleSuggestion:
        'Unknown rule “{{ruleId}}” in designdoc-{{kind}} comment, did you mean “{{suggestion}}”?',
      // Reported by the engine, with `reportUnusedDisableDirectives`: only it knows what a
      // comment switched off. `rules` lists the ids quoted, joined with “or”.
      unused: 'Unused designdoc-{{kind}} comment (no problems were reported)',
      unusedRules: 'Unused designdoc-{{kind}} comment (no problems were reported from {{rules}})',
    },
  },
  defaultOptions: {},
  check({ doc, report, ruleIds }) {
    const ids = [...ruleIds];
    for (const directive of disableDirectives(doc)) {
      for (const rule of directive.rules) {
        if (ruleIds.has(rule.id)) continue;
        const suggestion = didYouMean(rule.id, ids);
        report({
          messageId: suggestion ? 'unknownRuleSuggestion' : 'unknownRule',
          data: { ruleId: rule.id, kind: directive.kind, suggestion: suggestion ?? '' },
          place: rule.place,
        });
      }
    }
  },
});
