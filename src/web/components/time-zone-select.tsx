import { useMemo } from 'react';
import { FieldShell } from './text-field';
import { timeZoneOptions } from '../lib/time';

interface TimeZoneSelectProps {
  id: string;
  label: React.ReactNode;
  value: string;
  onChange: (zone: string) => void;
  error?: string | undefined;
  description?: React.ReactNode;
}

/** A native select of every IANA zone the browser knows (native is keyboard- and AT-friendly). */
export function TimeZoneSelect({ id, label, value, onChange, error, description }: TimeZoneSelectProps) {
  const zones = useMemo(() => timeZoneOptions(value), [value]);
  return (
    <FieldShell id={id} label={label} error={error} description={description}>
      {(describedBy) => (
        <select
          id={id}
          className="field__control"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          autoComplete="off"
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
