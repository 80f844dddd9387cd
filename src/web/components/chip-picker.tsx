import { useMemo, useRef, useState, type ReactNode } from 'react';
import { Button, ComboBox, Input, ListBox, ListBoxItem, Popover, useFilter } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { FieldShell } from './text-field';

export interface ChipOption {
  id: string;
  label: string;
}

export type TextResult = { value: string } | { problem: string };

interface ChipPickerProps {
  /** Id of the text input (labels, error links and "missing" links focus it). */
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  /** Suggestions offered in the list; chosen ones are left out of it. */
  options: readonly ChipOption[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  labelOf: (value: string) => string;
  /** Turns typed text into a value (or says what is wrong with it); leave out to allow list items only. */
  fromText?: (text: string) => TextResult;
  addLabel: string;
  /** "Remove Python": the name of each chip's remove button. */
  removeLabel: (label: string) => string;
  /** Names the list of chosen values ("Your topics"). */
  listLabel: string;
  emptyText: string;
  max?: number;
}

/**
 * Chosen values as removable chips, added from a combobox (arrow keys and Enter pick a
 * suggestion; Enter or the Add button takes typed text). Each change is announced politely.
 */
export function ChipPicker(props: ChipPickerProps) {
  const { id, label, description, error, options, values, onChange, labelOf, fromText } = props;
  const intl = useIntl();
  const { contains } = useFilter({ sensitivity: 'base' });
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const picked = useRef(false);
  const listRef = useRef<HTMLUListElement>(null);
  const full = props.max !== undefined && values.length >= props.max;

  const available = useMemo(
    () => options.filter((o) => !values.includes(o.id) && (text.trim() === '' || contains(o.label, text.trim()))),
    [options, values, text, contains],
  );

  function add(value: string) {
    setProblem(null);
    setText('');
    if (values.includes(value)) {
      setAnnouncement(intl.formatMessage({ id: 'chips.already' }, { label: labelOf(value) }));
      return;
    }
    if (full) {
      setProblem(intl.formatMessage({ id: 'chips.full' }, { max: props.max }));
      return;
    }
    onChange([...values, value]);
    setAnnouncement(intl.formatMessage({ id: 'chips.added' }, { label: labelOf(value) }));
  }

  function addTyped() {
    const typed = text.trim();
    if (!typed) return;
    const exact = options.find((o) => o.label.localeCompare(typed, undefined, { sensitivity: 'base' }) === 0);
    if (exact) return add(exact.id);
    if (!fromText) {
      setProblem(intl.formatMessage({ id: 'chips.pickFromList' }));
      return;
    }
    const result = fromText(typed);
    if ('problem' in result) setProblem(result.problem);
    else add(result.value);
  }

  function remove(index: number) {
    const value = values[index];
    if (value === undefined) return;
    onChange(values.filter((_, i) => i !== index));
    setAnnouncement(intl.formatMessage({ id: 'chips.removed' }, { label: labelOf(value) }));
    // Focus the chip that takes its place, the one before it, or the field when none are left.
    requestAnimationFrame(() => {
      const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
      const next = buttons[Math.min(index, buttons.length - 1)];
      if (next) next.focus();
      else document.getElementById(id)?.focus();
    });
  }

  const shownError = problem ?? error;

  return (
    <div className="chip-picker">
      <FieldShell id={id} label={label} description={description} error={shownError}>
        {(describedBy) => (
          <div className="chip-picker__row">
            <ComboBox
              className="combo chip-picker__combo"
              aria-labelledby={`${id}-label`}
              items={available}
              inputValue={text}
              onInputChange={(value) => {
                setText(value);
                setProblem(null);
              }}
              selectedKey={null}
              onSelectionChange={(key) => {
                if (key === null) return;
                picked.current = true;
                add(String(key));
              }}
              allowsCustomValue
              menuTrigger="input"
              isInvalid={Boolean(shownError)}
              onKeyDown={(event) => {
                if (event.key !== 'Enter') {
                  event.continuePropagation();
                  return;
                }
                // Enter adds what was typed instead of submitting the whole form; a highlighted
                // suggestion has already been picked by the combobox itself.
                event.preventDefault();
                window.setTimeout(() => {
                  if (!picked.current) addTyped();
                  picked.current = false;
                });
              }}
            >
              <div className="combo__field">
                <Input id={id} className="field__control combo__input" aria-describedby={describedBy} />
                <Button className="combo__toggle" aria-label={intl.formatMessage({ id: 'chips.showSuggestions' })}>
                  <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                    <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
                  </svg>
                </Button>
              </div>
              <Popover className="combo__popover" placement="bottom start">
                <ListBox className="combo__list">
                  {(option: ChipOption) => (
                    <ListBoxItem id={option.id} textValue={option.label} className="combo__option">
                      {option.label}
                    </ListBoxItem>
                  )}
                </ListBox>
              </Popover>
            </ComboBox>
            <button type="button" className="button button--secondary" onClick={addTyped}>
              {props.addLabel}
            </button>
          </div>
        )}
      </FieldShell>
      {values.length > 0 ? (
        <ul ref={listRef} className="chip-list" aria-label={props.listLabel}>
          {values.map((value, index) => (
            <li key={value} className="chip">
              <span className="chip__label">{labelOf(value)}</span>
              <button
                type="button"
                className="chip__remove"
                aria-label={props.removeLabel(labelOf(value))}
                onClick={() => remove(index)}
              >
                <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
                  <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
                </svg>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="chip-picker__empty">{props.emptyText}</p>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}

