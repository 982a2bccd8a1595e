import { createContext, useContext } from 'react';
import type { MentionCandidate } from './mentions';

/** The members of the shown document's workspace, for `@mention` suggestions in comment boxes. */
export const MembersContext = createContext<readonly MentionCandidate[]>([]);

export function useMembers(): readonly MentionCandidate[] {
  return useContext(MembersContext);
}
