import { createTwoFilesPatch, formatPatch, type StructuredPatch } from 'diff';

/** How far a line-by-line diff may go before it gives way to a coarse one (see `unifiedDiff`). */
export interface DiffBudget {
  /** Lines removed plus lines added. */
  maxEdits: number;
  /** Wall time, for inputs whose cost the edit count does not bound. */
  timeoutMs: number;
}

/**
 * Myers' diff costs about the square of the edits it finds: two versions of 8,000 lines that
 * differ on every line (16,000 edits) took 10 s, while 1,000 edits take about 0.1 s. Rewrites
 * that large read as a whole anyway. The timeout is a backstop for pathological input
 * (long runs of repeated lines), far above what 1,000 edits take.
 */
export const DIFF_BUDGET: DiffBudget = { maxEdits: 1000, timeoutMs: 2000 };

/** A unified diff (three lines of context) and whether it is the coarse one. */
export interface UnifiedDiff {
  unified: string;
  /**
   * True when the versions differ by more than the budget: the diff then keeps the lines both
   * share at the start and the end, and replaces everything between as one block. It is still
   * exact (applied to the old text it gives the new), only less precise.
   */
  coarse: boolean;
}

const CONTEXT = 3;

/** The unified diff from `before` to `after`, line by line within `budget`, else coarse. */
export function unifiedDiff(
  names: { before: string; after: string },
  before: string,
  after: string,
  budget: DiffBudget = DIFF_BUDGET,
): UnifiedDiff {
  const exact = createTwoFilesPatch(names.before, names.after, before, after, '', '', {
    context: CONTEXT,
    maxEditLength: budget.maxEdits,
    timeout: budget.timeoutMs,
  });
  if (exact !== undefined) return { unified: exact, coarse: false };
  return { unified: formatPatch(coarsePatch(names, before, after)), coarse: true };
}

/** Lines with their line ends, as the diff library splits them (a last line may have none). */
function linesOf(text: string): string[] {
  return text.split(/(?<=\n)/).filter((line) => line !== '');
}

/**
 * One hunk: the lines both texts share at the start and at the end stay, the rest of `before`
 * is removed and the rest of `after` added. Linear in the texts' length.
 */
function coarsePatch(
  names: { before: string; after: string },
  before: string,
  after: string,
): StructuredPatch {
  const old = linesOf(before);
  const now = linesOf(after);
  let head = 0;
  while (head < old.length && head < now.length && old[head] === now[head]) head++;
  let tail = 0;
  while (
    tail < old.length - head &&
    tail < now.length - head &&
    old[old.length - 1 - tail] === now[now.length - 1 - tail]
  )
    tail++;
  const leading = old.slice(Math.max(0, head - CONTEXT), head);
  const trailing = old.slice(old.length - tail, old.length - tail + CONTEXT);
  const removed = old.slice(head, old.length - tail);
  const added = now.slice(head, now.length - tail);
  const lines = [
    ...leading.map((line) => ` ${line}`),
    ...removed.map((line) => `-${line}`),
    ...added.map((line) => `+${line}`),
    ...trailing.map((line) => ` ${line}`),
  ].flatMap((line) =>
    line.endsWith('\n') ? [line.slice(0, -1)] : [line, '\\ No newline at end of file'],
  );
  const start = head - leading.length + 1;
  return {
    oldFileName: names.before,
    newFileName: names.after,
    oldHeader: '',
    newHeader: '',
    hunks: [
      {
        oldStart: start,
        oldLines: leading.length + removed.length + trailing.length,
        newStart: start,
        newLines: leading.length + added.length + trailing.length,
        lines,
      },
    ],
  };
}
