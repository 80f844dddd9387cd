import { useMemo, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ClearFiltersButton, FilterSelect, SearchField, useSearchText } from '../../components/search-filters';
import { languageName, regionName } from '../../lib/format';
import { commonLanguages } from '../../lib/languages';
import { regionCodes } from '../../lib/regions';
import { isFiltered, overlapChoices, type MentorFilters } from './mentor-filters';

interface MentorSearchFormProps {
  filters: MentorFilters;
  topics: readonly string[];
  onChange: (patch: Partial<MentorFilters>) => void;
}

/** Filters for the mentor search; each applies as it changes and the page announces the new count. */
export function MentorSearchForm({ filters, topics, onChange }: MentorSearchFormProps) {
  const intl = useIntl();
  const search = useSearchText(filters.q, (q) => onChange({ q }));

  const collator = useMemo(() => new Intl.Collator(intl.locale), [intl.locale]);
  const languages = useMemo(
    () => commonLanguages.map((tag) => ({ tag, name: languageName(intl.locale, tag) })).sort((a, b) => collator.compare(a.name, b.name)),
    [intl.locale, collator],
  );
  const countries = useMemo(
    () => regionCodes.map((code) => ({ code, name: regionName(intl.locale, code) })).sort((a, b) => collator.compare(a.name, b.name)),
    [intl.locale, collator],
  );
  const any = intl.formatMessage({ id: 'search.any' });

  const check = (key: 'hasCapacity' | 'bookmarked' | 'includeHidden', label: string) => (
    <FilterCheckbox checked={filters[key]} onChange={(checked) => onChange({ [key]: checked })}>
      <FormattedMessage id={label} />
    </FilterCheckbox>
  );

  return (
    <form role="search" aria-label={intl.formatMessage({ id: 'search.label' })} className="mentor-filters" onSubmit={search.submit}>
      <SearchField
        id="mentor-search-q"
        label={<FormattedMessage id="search.q" />}
        className="mentor-filters__q"
        maxLength={100}
        inputRef={search.field}
        value={search.text}
        onValueChange={search.change}
      />
      <FilterSelect id="mentor-search-topic" label={<FormattedMessage id="search.topic" />} value={filters.topic} onChange={(topic) => onChange({ topic })}>
        <option value="">{any}</option>
        {topics.map((topic) => (
          <option key={topic} value={topic}>
            {topic}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect id="mentor-search-language" label={<FormattedMessage id="search.language" />} value={filters.language} onChange={(language) => onChange({ language })}>
        <option value="">{any}</option>
        {languages.map(({ tag, name }) => (
          <option key={tag} value={tag}>
            {name}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect id="mentor-search-country" label={<FormattedMessage id="search.country" />} value={filters.country} onChange={(country) => onChange({ country })}>
        <option value="">{any}</option>
        {countries.map(({ code, name }) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        id="mentor-search-overlap"
        label={<FormattedMessage id="search.minOverlap" />}
        value={String(filters.minOverlapHours)}
        onChange={(value) => onChange({ minOverlapHours: Number(value) })}
      >
        {overlapChoices.map((hours) => (
          <option key={hours} value={String(hours)}>
            {hours === 0 ? any : intl.formatMessage({ id: 'search.overlapHours' }, { hours })}
          </option>
        ))}
      </FilterSelect>
      <fieldset className="fieldset mentor-filters__checks">
        <legend className="visually-hidden">
          <FormattedMessage id="search.more" />
        </legend>
        {check('hasCapacity', 'search.hasCapacity')}
        {check('bookmarked', 'search.bookmarked')}
        {check('includeHidden', 'search.includeHidden')}
      </fieldset>
      {isFiltered(filters) || search.text.trim() !== '' ? (
        <ClearFiltersButton
          label="search.clear"
          onClick={() =>
            search.clear(() =>
              onChange({ q: '', topic: '', language: '', country: '', minOverlapHours: 0, hasCapacity: false, bookmarked: false, includeHidden: false }),
            )
          }
        />
      ) : null}
    </form>
  );
}

/**
 * A filter checkbox that shows its new state at once: the filters live in the URL,
 * whose update React may defer, and a box that does not tick when pressed reads as broken.
 */
function FilterCheckbox({ checked, onChange, children }: { checked: boolean; onChange: (checked: boolean) => void; children: ReactNode }) {
  const [state, setState] = useState({ on: checked, from: checked });
  if (state.from !== checked) setState({ on: checked, from: checked });
  return (
    <label className="choice">
      <input
        type="checkbox"
        checked={state.on}
        onChange={(event) => {
          setState({ on: event.target.checked, from: checked });
          onChange(event.target.checked);
        }}
      />
      <span>{children}</span>
    </label>
  );
}
