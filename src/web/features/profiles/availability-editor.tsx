import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { FieldShell } from '../../components/text-field';
import { hiddenTag } from '../../components/visually-hidden';
import { clockChoices, clockToMinutes, WEEKDAYS } from '../../lib/clock';
import type { Weekday } from '../../lib/contracts';
import { focusAfterRender } from '../../lib/focus';
import { formatMinuteOfDay, formatMinuteRange, weekdayName } from '../../lib/format';
import { addWindow, copyMondayToWeekdays, type WindowDraft } from './profile-draft';

const STEP_MINUTES = 30;

interface AvailabilityEditorProps {
  windows: WindowDraft[];
  onChange: (windows: WindowDraft[]) => void;
  /** Ids follow the windows' places in the list, so server errors (availability.2.end) find their select. */
  fieldId: (index: number, part: 'start' | 'end') => string;
  errorOf: (index: number, part: 'start' | 'end') => string | undefined;
}

export const addButtonId = (weekday: number) => `availability-add-${weekday}`;

/**
 * Weekly hours as lists of windows per day, each with a start and an end chosen from
 * half-hour steps: every part works with the keyboard, nothing needs dragging.
 */
export function AvailabilityEditor({ windows, onChange, fieldId, errorOf }: AvailabilityEditorProps) {
  const intl = useIntl();
  const [announcement, setAnnouncement] = useState('');
  const label = (clock: string) => formatMinuteOfDay(intl, clockToMinutes(clock) ?? 0);
  const day = (weekday: number) => weekdayName(intl, weekday);

  function add(weekday: Weekday) {
    const { windows: next, added } = addWindow(windows, weekday);
    onChange(next);
    setAnnouncement(intl.formatMessage({ id: 'availability.added' }, { day: day(weekday) }));
    focusAfterRender(fieldId(next.indexOf(added), 'start'));
  }

  function remove(index: number) {
    const gone = windows[index];
    if (!gone) return;
    const next = windows.filter((_, i) => i !== index);
    onChange(next);
    setAnnouncement(
      intl.formatMessage(
        { id: 'availability.removed' },
        { day: day(gone.weekday), range: rangeText(gone) },
      ),
    );
    // The window that moved into its place on the same day, else the day's add button.
    const successor = next[index];
    focusAfterRender(successor?.weekday === gone.weekday ? fieldId(index, 'start') : addButtonId(gone.weekday));
  }

  function update(index: number, part: 'start' | 'end', value: string) {
    onChange(windows.map((w, i) => (i === index ? { ...w, [part]: value } : w)));
  }

  function copyMonday() {
    if (!windows.some((w) => w.weekday === 1)) {
      setAnnouncement(intl.formatMessage({ id: 'availability.copyNothing' }));
      return;
    }
    onChange(copyMondayToWeekdays(windows));
    setAnnouncement(intl.formatMessage({ id: 'availability.copied' }));
  }

  function rangeText(w: WindowDraft) {
    return formatMinuteRange(intl, [clockToMinutes(w.start) ?? 0, clockToMinutes(w.end) ?? 0]);
  }

  const indexed = useMemo(() => windows.map((w, index) => ({ w, index })), [windows]);

  return (
    <div className="availability">
      <div className="button-row availability__tools">
        <button type="button" className="button button--secondary button--small" onClick={copyMonday}>
          <FormattedMessage id="availability.copyMonday" />
        </button>
      </div>
      <ul className="availability__days">
        {WEEKDAYS.map((weekday) => {
          const mine = indexed.filter(({ w }) => w.weekday === weekday);
          const headingId = `availability-day-${weekday}`;
          return (
            <li key={weekday} className="day">
              <h3 id={headingId} className="day__name">
                {day(weekday)}
              </h3>
              {mine.length === 0 ? (
                <p className="day__none">
                  <FormattedMessage id="availability.dayOff" />
                </p>
              ) : (
                <ul className="windows">
                  {mine.map(({ w, index }, n) => (
                    <li key={w.key} className="window">
                      {(['start', 'end'] as const).map((part) => (
                        <FieldShell
                          key={part}
                          id={fieldId(index, part)}
                          error={errorOf(index, part)}
                          label={
                            <FormattedMessage
                              id={part === 'start' ? 'availability.from' : 'availability.to'}
                              values={{ day: day(weekday), n: n + 1, hidden: hiddenTag }}
                            />
                          }
                        >
                          {(describedBy) => (
                            <select
                              id={fieldId(index, part)}
                              className="field__control window__select"
                              value={w[part]}
                              aria-invalid={errorOf(index, part) ? true : undefined}
                              aria-describedby={describedBy}
                              onChange={(event) => update(index, part, event.target.value)}
                            >
                              {clockChoices(part, STEP_MINUTES, w[part]).map((clock) => (
                                <option key={clock} value={clock}>
                                  {label(clock)}
                                </option>
                              ))}
                            </select>
                          )}
                        </FieldShell>
                      ))}
                      <button
                        type="button"
                        className="button button--small button--danger-quiet window__remove"
                        onClick={() => remove(index)}
                      >
                        <span>
                          <FormattedMessage
                            id="availability.remove"
                            values={{ day: day(weekday), range: rangeText(w), hidden: hiddenTag }}
                          />
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              <button
                type="button"
                id={addButtonId(weekday)}
                className="button button--small button--secondary day__add"
                onClick={() => add(weekday)}
              >
                <span>
                  <FormattedMessage id="availability.add" values={{ day: day(weekday), hidden: hiddenTag }} />
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}
