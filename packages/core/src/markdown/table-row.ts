/**
 * Split one GFM table row into trimmed cell texts: leading and trailing pipes are optional,
 * `\|` and pipes inside code spans do not split. Kept separate from markdown-it so that rows
 * with too many or too few cells keep every cell the author wrote.
 */
export function splitTableRow(line: string): string[] {
  let text = line.trim();
  if (text.startsWith('|')) text = text.slice(1);
  if (text.endsWith('|') && !text.endsWith('\\|')) text = text.slice(0, -1);
  const cells: string[] = [];
  let current = '';
  let codeTicks = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\\' && text[i + 1] === '|') {
      current += '|';
      i++;
    } else if (ch === '`') {
      let run = 1;
      while (text[i + run] === '`') run++;
      if (codeTicks === 0) codeTicks = run;
      else if (codeTicks === run) codeTicks = 0;
      current += text.slice(i, i + run);
      i += run - 1;
    } else if (ch === '|' && codeTicks === 0) {
      cells.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  cells.push(current.trim());
  return cells;
}
