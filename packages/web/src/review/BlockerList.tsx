import type { Blocker } from '../api/review-types';

const LABELS: Record<string, string> = {
  'not-in-review': 'Not in review',
  'lint-errors': 'Lint errors',
  'open-questions': 'Open questions',
  'own-document': 'Your own document',
  'approvals-missing': 'Approvals missing',
  'required-reviewer': 'Required reviewer',
  'changes-requested': 'Changes requested',
};

/** What keeps a document from being approved, each in words with its kind first. */
export function BlockerList({ blockers }: { blockers: Blocker[] }) {
  return (
    <ul className="blockers">
      {blockers.map((b) => (
        <li key={`${b.code}-${b.detail}`}>
          <strong>{LABELS[b.code] ?? b.code}:</strong> {b.detail}
        </li>
      ))}
    </ul>
  );
}
