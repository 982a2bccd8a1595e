import type { OutlineEntry } from './analyse';

const LABEL = { present: 'written', missing: 'missing', placeholder: 'placeholder' } as const;

/**
 * The template's sections and where each stands: written, still a placeholder, or missing
 * (required ones are marked). A section that is there moves the editor to its heading.
 */
export function OutlinePanel({
  outline,
  onGoTo,
}: {
  outline: OutlineEntry[];
  onGoTo: (line: number) => void;
}) {
  const done = outline.filter((e) => e.state === 'present').length;
  return (
    <nav aria-labelledby="outline-heading" className="outline">
      <h2 id="outline-heading">
        Outline{' '}
        <span className="muted small">
          {done}/{outline.length} written
        </span>
      </h2>
      <ol>
        {outline.map((entry) => (
          <li
            key={entry.id}
            className={`outline-entry state-${entry.state}`}
            style={{ paddingInlineStart: `${(entry.level - 2) * 0.9}rem` }}
          >
            <span className="outline-mark" aria-hidden="true">
              {entry.state === 'present' ? '●' : entry.state === 'placeholder' ? '◐' : '○'}
            </span>
            {entry.line !== null ? (
              <button type="button" className="link" onClick={() => onGoTo(entry.line as number)}>
                {entry.title}
              </button>
            ) : (
              <span>{entry.title}</span>
            )}
            <span className="visually-hidden">
              : {LABEL[entry.state]}
              {entry.required ? ', required' : ''}
            </span>
            {entry.state === 'missing' && entry.required && (
              <span className="tag" aria-hidden="true">
                required
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
