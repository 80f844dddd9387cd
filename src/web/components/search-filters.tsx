import { useEffect, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { FormattedMessage } from 'react-intl';

const searchDelayMs = 300;

/**
 * The free-text part of a filter form. The field keeps its own text so typing never waits
 * for the address to update; the search applies after a short pause, or at once on submit.
 */
export function useSearchText(initial: string, apply: (q: string) => void) {
  const [text, setText] = useState(initial);
  const timer = useRef<number | undefined>(undefined);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  function search(value: string, delay: number) {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => apply(value), delay);
  }

  return {
    text,
    field,
    change(value: string) {
      setText(value);
      search(value, searchDelayMs);
    },
    submit(event: FormEvent) {
      event.preventDefault();
      search(text, 0);
    },
    /** Drops any pending search, empties the field, runs `reset`, then focuses the field. */
    clear(reset: () => void) {
      window.clearTimeout(timer.current);
      setText('');
      reset();
      // The clear button goes away with the filters; the search field is where to start again.
      field.current?.focus();
    },
  };
}

interface SearchFieldProps {
  id: string;
  label: ReactNode;
  /** Extra class for the field's wrapper. */
  className: string;
  maxLength: number;
  spellCheck?: boolean;
  inputRef: RefObject<HTMLInputElement | null>;
  value: string;
  onValueChange: (value: string) => void;
}

/** The search box of a filter form; `useSearchText` gives its ref, value and change handler. */
export function SearchField({ id, label, className, maxLength, spellCheck, inputRef, value, onValueChange }: SearchFieldProps) {
  return (
    <div className={`field ${className}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        className="field__control"
        autoComplete="off"
        spellCheck={spellCheck}
        maxLength={maxLength}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
      />
    </div>
  );
}

interface FilterSelectProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}

/** One labelled drop-down of a filter form. */
export function FilterSelect({ id, label, value, onChange, children }: FilterSelectProps) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="field__control" value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  );
}

/** The button that resets a filter form; the form shows it only while something is filtered. */
export function ClearFiltersButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <div className="filters__clear">
      <button type="button" className="button button--secondary" onClick={onClick}>
        <FormattedMessage id={label} />
      </button>
    </div>
  );
}
