import { useId, useState, type KeyboardEvent } from 'react';

import styles from './record-combobox.module.css';

export interface ComboOption {
  id: string;
  label: string;
  detail?: string | null;
}

export interface RecordComboboxProps {
  /** Set by FormField. */
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  className?: string;
  /** The chosen record, or null. */
  value: ComboOption | null;
  onChange: (value: ComboOption | null) => void;
  /** What the user typed: the owner runs the search and passes the options back. */
  term: string;
  onTermChange: (term: string) => void;
  options: readonly ComboOption[];
  loading?: boolean;
  placeholder?: string;
  emptyLabel: string;
  clearLabel: string;
  'data-testid'?: string;
}

/** A typeahead for one record (ARIA combobox): type, then pick with the pointer or arrows + Enter. */
export function RecordCombobox(props: RecordComboboxProps) {
  const { value, onChange, term, onTermChange, options, loading, className } = props;
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const text = open || !value ? term : value.label;

  const choose = (option: ComboOption) => {
    onChange(option);
    onTermChange('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && open && options[active]) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  const showList = open && term.trim().length > 0;
  return (
    <div className={styles.root}>
      <div className={styles.selected}>
        <input
          id={props.id}
          className={className}
          role="combobox"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-invalid={props['aria-invalid']}
          aria-describedby={props['aria-describedby']}
          aria-activedescendant={showList && options[active] ? `${listId}-${active}` : undefined}
          autoComplete="off"
          placeholder={props.placeholder}
          value={text}
          data-testid={props['data-testid']}
          onChange={(event) => {
            onTermChange(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => value && onTermChange('')}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        {value && (
          <button type="button" className={styles.clear} onClick={() => onChange(null)}>
            {props.clearLabel}
          </button>
        )}
      </div>
      {showList && (
        <ul id={listId} role="listbox" className={styles.list}>
          {options.length === 0 && <li className={styles.empty}>{loading ? '…' : props.emptyLabel}</li>}
          {options.map((option, index) => (
            <li
              key={option.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={styles.option}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(option);
              }}
            >
              <span>{option.label}</span>
              {option.detail && <span className={styles.detail}>{option.detail}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
