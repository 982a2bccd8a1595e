import { defineRule } from '../lint/rule.js';
import { cachedLinkTargets, isExternal, isUnusedDefinition } from './link-targets.js';
import { isMarkedPlanned } from './planned-mark.js';

/**
 * Relative links (`[spec](./api.md)`, images) point at files that exist. The host answers that
 * question (the CLI looks at the disk, the server at stored documents); without one the rule is
 * silent. A link whose sentence marks it as planned is not reported (`isMarkedPlanned`).
 */
export const relativeLink = defineRule({
  meta: {
    id: 'relative-link',
    description: 'Relative links and images point at files that exist.',
    defaultSeverity: 'error',
    fixable: false,
    messages: { missingFile: 'Link to missing file “{{path}}”' },
  },
  defaultOptions: {},
  check({ doc, report, resolveLink }) {
    if (!resolveLink) return;
    for (const link of cachedLinkTargets(doc)) {
      const { target, place } = link;
      if (target === '' || target.startsWith('#') || isExternal(target)) continue;
      const path = target.split('#')[0]?.split('?')[0] ?? '';
      if (path === '') continue;
      let decoded = path;
      try {
        decoded = decodeURIComponent(path);
      } catch {
        decoded = path;
      }
      if (
        resolveLink(decoded) === false &&
        !isUnusedDefinition(doc, link) &&
        !isMarkedPlanned(doc, place)
      )
        report({ messageId: 'missingFile', data: { path: decoded }, place });
    }
  },
});
