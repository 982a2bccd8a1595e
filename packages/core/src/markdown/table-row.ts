/**
 * Split one GFM table row into trimmed cell texts: leading and trailing pipes are optional and
 * only `\|` does not split (as on GitHub, a pipe inside a code span splits too). Rows keep every
 * cell the author wrote, so rules can report rows with too many or too few.
 */
export function splitTableRow(line: string): string[] {
  let text = line.trim();
  if (text.startsWith('|')) text = text.slice(1);
  if (text.endsWith('|') && !text.endsWith('\\|')) text = text.slice(0, -1);
  // Cells are sliced between pipes rather than built a character at a time; `escaped` holds
  // the part of the current cell before a `\|`, which becomes a plain pipe.
  const cells: string[] = [];
  let escaped = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */ && text.charCodeAt(i + 1) === 124 /* | */) {
      escaped += `${text.slice(from, i)}|`;
      i++;
      from = i + 1;
    } else if (c === 124) {
      cells.push((escaped + text.slice(from, i)).trim());
      escaped = '';
      from = i + 1;
    }
  }
  cells.push((escaped + text.slice(from)).trim());
  return cells;
}
