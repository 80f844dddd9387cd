import { useState } from 'react';
import { Button, ComboBox, Input, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { FieldShell } from '../../components/text-field';
import type { City } from '../../lib/contracts';
import { zoneLabel } from '../../lib/clock';
import { regionName } from '../../lib/format';
import { useDebounced } from '../../lib/use-debounced';
import { useCitySearch } from './profiles-api';

interface CityFieldProps {
  id: string;
  value: City | null;
  onChange: (city: City | null) => void;
  error?: string | undefined;
}

/** "Beirut, Lebanon": what the field shows once a city is chosen. */
function cityText(locale: string, city: City): string {
  return `${city.name}, ${regionName(locale, city.country)}`;
}

/**
 * City search (React Aria combobox over GET /cities): type a few letters, arrow through the
 * matches, Enter picks one. The matches are fetched as the person types, after a short pause.
 */
export function CityField({ id, value, onChange, error }: CityFieldProps) {
  const intl = useIntl();
  const [text, setText] = useState(value ? cityText(intl.locale, value) : '');
  const debounced = useDebounced(text, 250);
  const typing = value === null || text !== cityText(intl.locale, value);
  const search = useCitySearch(typing ? debounced : '');

  const items = typing ? (search.data ?? []) : [];

  /** Back to the chosen city's name (or empty) when someone leaves the field without choosing. */
  function revert() {
    if (typing) setText(value ? cityText(intl.locale, value) : '');
  }

  return (
    <FieldShell
      id={id}
      label={<FormattedMessage id="profile.city" />}
      description={<FormattedMessage id="profile.cityHint" />}
      error={error}
    >
      {(describedBy) => (
        <div className="chip-picker__row">
          <ComboBox
            className="combo"
            aria-labelledby={`${id}-label`}
            items={items}
            inputValue={text}
            onInputChange={setText}
            // Choosing is an event here, not a selection React Aria keeps: the chosen city is the form's.
            selectedKey={null}
            onSelectionChange={(key) => {
              const city = items.find((c) => c.id === key);
              if (!city) return;
              onChange(city);
              setText(cityText(intl.locale, city));
            }}
            allowsCustomValue
            menuTrigger="input"
            allowsEmptyCollection={typing && text.trim() !== ''}
            onBlur={revert}
            onKeyDown={(event) => {
              // Enter chooses from the list; it never submits the whole profile from here.
              if (event.key === 'Enter') event.preventDefault();
              else event.continuePropagation();
            }}
            isInvalid={Boolean(error)}
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
              <ListBox
                className="combo__list"
                renderEmptyState={() => (
                  <p className="combo__empty">
                    {search.isFetching || text !== debounced ? (
                      <FormattedMessage id="profile.citySearching" />
                    ) : (
                      <FormattedMessage id="profile.cityNone" />
                    )}
                  </p>
                )}
              >
                {(city: City) => (
                  <ListBoxItem id={city.id} textValue={cityText(intl.locale, city)} className="combo__option">
                    <Text slot="label" className="combo__option-main">
                      {cityText(intl.locale, city)}
                    </Text>
                    <Text slot="description" className="combo__option-sub">
                      {city.province ? `${city.province} · ` : ''}
                      {zoneLabel(city.timeZone)}
                    </Text>
                  </ListBoxItem>
                )}
              </ListBox>
            </Popover>
          </ComboBox>
          {value ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                onChange(null);
                setText('');
                document.getElementById(id)?.focus();
              }}
            >
              <FormattedMessage id="profile.cityClear" />
            </button>
          ) : null}
        </div>
      )}
    </FieldShell>
  );
}
