import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { languageName, regionName } from '../../lib/format';
import { commonLanguages } from '../../lib/languages';
import { regionCodes } from '../../lib/regions';
import { isFiltered, overlapChoices, type MentorFilters } from './mentor-filters';

interface MentorSearchFormProps {
  filters: MentorFilters;
  topics: readonly string[];
  onChange: (patch: Partial<MentorFilters>) => void;
}

const searchDelayMs = 300;

function Select({ id, label, value, onChange, children }: { id: string; label: ReactNode; value: string; onChange: (value: string) => void; children: ReactNode }) {
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

/** Filters for the mentor search; each applies as it changes and the page announces the new count. */
export function MentorSearchForm({ filters, topics, onChange }: MentorSearchFormProps) {
  const intl = useIntl();
  const [text, setText] = useState(filters.q);
  const timer = useRef<number | undefined>(undefined);
  const searchField = useRef<HTMLInputElement>(null);
  useEffect(() => () => window.clearTimeout(timer.current), []);

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

  function search(value: string, delay: number) {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => onChange({ q: value }), delay);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    search(text, 0);
  }

  function clear() {
    window.clearTimeout(timer.current);
    setText('');
    onChange({ q: '', topic: '', language: '', country: '', minOverlapHours: 0, hasCapacity: false, bookmarked: false, includeHidden: false });
    searchField.current?.focus();
  }

  const check = (key: 'hasCapacity' | 'bookmarked' | 'includeHidden', label: string) => (
    <label className="choice">
      <input type="checkbox" checked={filters[key]} onChange={(event) => onChange({ [key]: event.target.checked })} />
      <span>
        <FormattedMessage id={label} />
      </span>
    </label>
  );

  return (
    <form role="search" aria-label={intl.formatMessage({ id: 'search.label' })} className="mentor-filters" onSubmit={submit}>
      <div className="field mentor-filters__q">
        <label className="field__label" htmlFor="mentor-search-q">
          <FormattedMessage id="search.q" />
        </label>
        <input
          ref={searchField}
          id="mentor-search-q"
          type="search"
          className="field__control"
          autoComplete="off"
          maxLength={100}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            search(event.target.value, searchDelayMs);
          }}
        />
      </div>
      <Select id="mentor-search-topic" label={<FormattedMessage id="search.topic" />} value={filters.topic} onChange={(topic) => onChange({ topic })}>
        <option value="">{any}</option>
        {topics.map((topic) => (
          <option key={topic} value={topic}>
            {topic}
          </option>
        ))}
      </Select>
      <Select id="mentor-search-language" label={<FormattedMessage id="search.language" />} value={filters.language} onChange={(language) => onChange({ language })}>
        <option value="">{any}</option>
        {languages.map(({ tag, name }) => (
          <option key={tag} value={tag}>
            {name}
          </option>
        ))}
      </Select>
      <Select id="mentor-search-country" label={<FormattedMessage id="search.country" />} value={filters.country} onChange={(country) => onChange({ country })}>
        <option value="">{any}</option>
        {countries.map(({ code, name }) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </Select>
      <Select
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
      </Select>
      <fieldset className="fieldset mentor-filters__checks">
        <legend className="visually-hidden">
          <FormattedMessage id="search.more" />
        </legend>
        {check('hasCapacity', 'search.hasCapacity')}
        {check('bookmarked', 'search.bookmarked')}
        {check('includeHidden', 'search.includeHidden')}
      </fieldset>
      {isFiltered(filters) || text.trim() !== '' ? (
        <div className="filters__clear">
          <button type="button" className="button button--secondary" onClick={clear}>
            <FormattedMessage id="search.clear" />
          </button>
        </div>
      ) : null}
    </form>
  );
}
