import type { Role } from '../api/types';

/** A status move the document screen offers. */
export interface Move {
  to: string;
  label: string;
  /** Reviewers and admins decide; authors and up request, withdraw and reopen. */
  decides: boolean;
  danger?: boolean;
}

/** The lifecycle's moves from each status (docs/api.md#review). */
const MOVES: Record<string, Move[]> = {
  draft: [{ to: 'in-review', label: 'Request review', decides: false }],
  'in-review': [
    { to: 'draft', label: 'Withdraw from review', decides: false },
    { to: 'rejected', label: 'Reject', decides: true, danger: true },
  ],
  rejected: [{ to: 'draft', label: 'Reopen as a draft', decides: false }],
  approved: [
    { to: 'in-review', label: 'Reopen review', decides: false },
    { to: 'superseded', label: 'Supersede', decides: true },
    { to: 'deprecated', label: 'Deprecate', decides: true, danger: true },
  ],
};

/**
 * The moves from `status` that `role` may make, as the server's policy has them
 * (`review:request` for authors and up, `document:decide` for reviewers and admins). Approving
 * is a verdict, not one of these; superseded and deprecated are ends.
 */
export function movesFor(status: string, role: Role | null): Move[] {
  const decides = role === 'reviewer' || role === 'admin';
  const requests = decides || role === 'author';
  return (MOVES[status] ?? []).filter((m) => (m.decides ? decides : requests));
}
