import { FormattedMessage } from 'react-intl';

/** A date filter: applies once the date is whole (or cleared), so typing does not refetch at each digit. */
export function DateFilter({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (value: string) => void }) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        <FormattedMessage id={label} />
      </label>
      <input
        id={id}
        type="date"
        className="field__control"
        value={value}
        onChange={(e) => {
          if (e.target.value === '' || /^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) onChange(e.target.value);
        }}
      />
    </div>
  );
}
