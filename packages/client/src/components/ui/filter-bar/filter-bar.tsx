import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

import styles from './filter-bar.module.css';

export interface FilterBarProps {
  label: string;
  /** The phone's toggle, e.g. "Filters (2)". */
  toggleLabel: string;
  children: ReactNode;
}

/** A row of list filters; on a phone they fold behind a toggle so the list stays in view. */
export function FilterBar({ label, toggleLabel, children }: FilterBarProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className={styles.root}>
      <button
        type="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        data-testid="filters-toggle"
      >
        {toggleLabel} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div id={id} className={`${styles.bar} ${open ? styles.open : ''}`} role="search" aria-label={label}>
        {children}
      </div>
    </div>
  );
}

export interface FilterTextProps {
  label: string;
  value: string;
  /** Called after typing pauses (the URL changes once, not per key). */
  onChange: (value: string) => void;
  placeholder?: string;
  'data-testid'?: string;
}

export function FilterText({ label, value, onChange, placeholder, ...rest }: FilterTextProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const last = useRef(value);
  // Back/forward or "clear filters" change the URL: follow it.
  useEffect(() => {
    if (value !== last.current) {
      last.current = value;
      setText(value);
    }
  }, [value]);
  useEffect(() => {
    if (text === last.current) return;
    const timer = setTimeout(() => {
      last.current = text;
      onChangeRef.current(text);
    }, 350);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        className={styles.control}
        value={text}
        placeholder={placeholder}
        onChange={(event) => setText(event.target.value)}
        data-testid={rest['data-testid']}
      />
    </div>
  );
}

export interface FilterSelectProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  'data-testid'?: string;
}

export function FilterSelect({ label, value, onChange, options, ...rest }: FilterSelectProps) {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <select
        id={id}
        className={styles.control}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        data-testid={rest['data-testid']}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
