import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Slot } from '../../lib/contracts';
import { localDate } from './meeting-time';
import type { Pair } from './pair';
import { formatDay, When } from './when';

interface SlotPickerProps {
  /** Id of the fieldset; the error summary's link focuses it. */
  id: string;
  slots: readonly Slot[];
  pair: Pair;
  /** Checkboxes for up to `max` times, or radio buttons for exactly one. */
  multiple: boolean;
  max: number;
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  error?: string | undefined;
}

export const slotInputId = (slot: Pick<Slot, 'start'>) => `slot-${Date.parse(slot.start)}`;

/** Mutual times by day on the viewer's clock (soonest first); the server's order is kept within a day. */
function byDay(slots: readonly Slot[], zone: string): [string, Slot[]][] {
  const days = new Map<string, Slot[]>();
  for (const slot of [...slots].sort((a, b) => a.start.localeCompare(b.start))) {
    const day = localDate(slot.start, zone);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  return [...days];
}

/**
 * The times a pair can meet, as native checkboxes (or radios) so every screen reader and
 * keyboard knows them: times inside both people's hours grouped by day, then the times that
 * ask one of them to stretch, fairest first, each saying who stretches and how.
 */
export function SlotPicker({ id, slots, pair, multiple, max, chosen, onChange, error }: SlotPickerProps) {
  const intl = useIntl();
  const [atLimit, setAtLimit] = useState(false);
  const mutual = slots.filter((s) => s.kind === 'mutual');
  const stretch = slots.filter((s) => s.kind === 'stretch');

  function toggle(slot: Slot, checked: boolean) {
    if (!multiple) return onChange([slot.start]);
    if (!checked) {
      setAtLimit(false);
      return onChange(chosen.filter((s) => s !== slot.start));
    }
    // A sixth tick is refused and said so, instead of silently dropping an earlier choice.
    if (chosen.length >= max) return setAtLimit(true);
    setAtLimit(false);
    onChange([...chosen, slot.start]);
  }

  const row = (slot: Slot, withDay: boolean) => (
    <li key={slot.start} className={`slot slot--${slot.kind}`}>
      <label className="slot__choice" htmlFor={slotInputId(slot)}>
        <input
          id={slotInputId(slot)}
          type={multiple ? 'checkbox' : 'radio'}
          name={`${id}-slot`}
          value={slot.start}
          checked={chosen.includes(slot.start)}
          onChange={(event) => toggle(slot, event.target.checked)}
        />
        <span className="slot__body">
          <When start={slot.start} end={slot.end} people={slot} pair={pair} withDay={withDay} />
          {slot.kind === 'stretch' && slot.bearer ? (
            <span className="slot__stretch">
              <span className="badge badge--stretch">
                <FormattedMessage id="slots.stretch" />
              </span>
              <span>
                <FormattedMessage
                  id="slot.stretchFor"
                  values={{
                    awkwardness: slot[slot.bearer].awkwardness,
                    who: slot.bearer === pair.side ? 'you' : 'other',
                    name: pair.names[slot.bearer],
                  }}
                />
              </span>
            </span>
          ) : null}
        </span>
      </label>
    </li>
  );

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={`fieldset slot-picker${error ? ' field--invalid' : ''}`}
      aria-describedby={[error ? errorId : null, hintId].filter(Boolean).join(' ')}
    >
      <legend className="field__label">
        {multiple ? <FormattedMessage id="slots.legendMany" values={{ max }} /> : <FormattedMessage id="slots.legendOne" />}
      </legend>
      <p id={hintId} className="field__hint">
        <FormattedMessage id="slots.hint" values={{ zone: (intl.timeZone ?? 'UTC').replaceAll('_', ' ') }} />
      </p>
      {error ? (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">
            <FormattedMessage id="form.errorPrefix" />{' '}
          </span>
          {error}
        </p>
      ) : null}
      {mutual.length ? (
        <div className="slot-group">
          <h3 className="slot-group__title">
            <FormattedMessage id="slots.mutualTitle" />
          </h3>
          {byDay(mutual, intl.timeZone ?? 'UTC').map(([day, daySlots], index) => {
            const picked = daySlots.filter((slot) => chosen.includes(slot.start)).length;
            return (
              // One Tab stop per closed day instead of one per time: a fortnight can hold fifty times.
              <details key={day} className="slot-day" open={index === 0}>
                <summary className="slot-day__title">
                  <span className="slot-day__name">{formatDay(intl, daySlots[0]!.start)}</span>{' '}
                  <span className="slot-day__count">
                    <FormattedMessage id="slots.dayCount" values={{ count: daySlots.length, picked }} />
                  </span>
                </summary>
                <ul className="slot-list">{daySlots.map((slot) => row(slot, false))}</ul>
              </details>
            );
          })}
        </div>
      ) : null}
      {stretch.length ? (
        <div className="slot-group">
          <h3 className="slot-group__title">
            <FormattedMessage id="slots.stretchTitle" />
          </h3>
          <p className="field__hint">
            <FormattedMessage id="slots.stretchHint" />
          </p>
          <ul className="slot-list">{stretch.map((slot) => row(slot, true))}</ul>
        </div>
      ) : null}
      {multiple ? (
        <p role="status" className={`slot-picker__count${atLimit ? ' slot-picker__count--limit' : ''}`}>
          {atLimit ? (
            <FormattedMessage id="slots.limit" values={{ max }} />
          ) : (
            <FormattedMessage id="slots.chosen" values={{ count: chosen.length, max }} />
          )}
        </p>
      ) : null}
    </fieldset>
  );
}
