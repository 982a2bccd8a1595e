/** A point in a source file: lines and columns from 1, offsets from 0 (unist style). */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A span of source; `end` is exclusive. Nodes made by code carry no place. */
export interface Place {
  start: Point;
  end: Point;
}

/**
 * Line starts of a source string, so that a line/column pair turns into an offset (and back)
 * in O(1) / O(log n). Built once per document; every rule shares it.
 */
export class LineIndex {
  readonly starts: number[];
  readonly source: string;

  constructor(source: string) {
    this.source = source;
    const starts = [0];
    let at = source.indexOf('\n');
    while (at !== -1) {
      starts.push(at + 1);
      at = source.indexOf('\n', at + 1);
    }
    this.starts = starts;
  }

  /** Number of lines (a trailing newline does not open a counted line of its own). */
  get lineCount(): number {
    const n = this.starts.length;
    return n > 1 && this.starts[n - 1] === this.source.length ? n - 1 : n;
  }

  /** The text of a 1-based line, without its line ending. */
  lineText(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) return '';
    let end = this.starts[line] ?? this.source.length + 1;
    end -= 1;
    if (end > start && this.source.charCodeAt(end - 1) === 13) end -= 1;
    return this.source.slice(start, Math.max(start, end));
  }

  /** The point at a 1-based line and column. */
  point(line: number, column: number): Point {
    const start = this.starts[line - 1] ?? this.source.length;
    return { line, column, offset: Math.min(start + column - 1, this.source.length) };
  }

  /** The point at a 0-based offset. */
  pointAtOffset(offset: number): Point {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] as number) + 1, offset };
  }

  /** A place covering columns [fromColumn, toColumn) of one line. */
  span(line: number, fromColumn: number, toColumn: number): Place {
    return { start: this.point(line, fromColumn), end: this.point(line, toColumn) };
  }

  /** A place covering whole lines first..last (1-based, inclusive). */
  lines(first: number, last: number): Place {
    return {
      start: this.point(first, 1),
      end: this.point(last, this.lineLength(last) + 1),
    };
  }

  /** Length of a 1-based line without its line ending (no string is made). */
  lineLength(line: number): number {
    const start = this.starts[line - 1];
    if (start === undefined) return 0;
    let end = (this.starts[line] ?? this.source.length + 1) - 1;
    if (end > start && this.source.charCodeAt(end - 1) === 13) end -= 1;
    return Math.max(0, end - start);
  }
}
