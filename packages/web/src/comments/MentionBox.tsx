import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { useMembers } from './members';
import { insertMention, type MentionQuery, mentionAt, suggestMembers } from './mentions';

/**
 * A comment's textarea with `@mention` autocomplete from the workspace's members: typing `@`
 * and the start of a name lists matching members (a combobox's listbox); ↑/↓ choose, Enter or
 * Tab inserts `@username`, Escape closes the list. A click picks one too. The textarea stays an
 * ordinary form field (`name`), so forms read it with FormData.
 */
export function MentionBox({
  name,
  label,
  labelHidden = false,
  defaultValue = '',
  rows = 3,
  placeholder,
}: {
  name: string;
  label: string;
  labelHidden?: boolean;
  defaultValue?: string;
  rows?: number;
  placeholder?: string;
}) {
  const members = useMembers();
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const [active, setActive] = useState(0);
  const options = query ? suggestMembers(members, query.prefix) : [];
  const open = options.length > 0;
  const listId = `${id}-mentions`;
  const optionId = (i: number) => `${id}-mention-${i}`;

  const update = () => {
    const element = box.current;
    if (!element) return;
    const next = mentionAt(element.value, element.selectionStart);
    setQuery(next);
    if (next?.prefix !== query?.prefix || next?.start !== query?.start) setActive(0);
  };
  const choose = (username: string) => {
    const element = box.current;
    if (!element || !query) return;
    const result = insertMention(element.value, element.selectionStart, query, username);
    element.value = result.text;
    element.setSelectionRange(result.caret, result.caret);
    element.focus();
    setQuery(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + options.length) % options.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      const option = options[active];
      if (option) choose(option.username);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setQuery(null);
    }
  };
  return (
    <div className="mention-box">
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <textarea
        ref={box}
        id={id}
        name={name}
        required
        rows={rows}
        maxLength={20_000}
        defaultValue={defaultValue}
        placeholder={placeholder}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? optionId(active) : undefined}
        onInput={update}
        onClick={update}
        onKeyUp={(e) => {
          if (!['ArrowDown', 'ArrowUp', 'Enter', 'Tab', 'Escape'].includes(e.key)) update();
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setQuery(null)}
      />
      <div
        id={listId}
        role="listbox"
        aria-label="Members to mention"
        className="mention-list"
        hidden={!open}
      >
        {options.map((m, i) => (
          <div
            key={m.username}
            tabIndex={-1}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            // mousedown, not click: the textarea keeps its focus and caret
            onMouseDown={(e) => {
              e.preventDefault();
              choose(m.username);
            }}
          >
            <strong>@{m.username}</strong> <span className="muted">{m.displayName}</span>
          </div>
        ))}
      </div>
    </div>
  );
}
