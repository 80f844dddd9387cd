import { useCallback, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { describeError } from '../lib/describe-error';
import { isApiError } from '../lib/api';
import { ErrorSummary } from './error-summary';

type Errors<F extends string> = { fields: Partial<Record<F, string>>; general: string | null };

/** Matches an API field path ("cycles.0.closesOn") to a form field, trying shorter suffixes. */
function matchField<F extends string>(path: string, names: readonly F[]): F | null {
  const parts = path.split('.');
  for (let i = 0; i < parts.length; i++) {
    const candidate = parts.slice(i).join('.');
    const found = names.find((n) => n === candidate);
    if (found) return found;
  }
  return null;
}

/** Field errors and the error summary for one form; understands API error bodies. */
export function useFormErrors<F extends string>(formId: string, names: readonly F[]) {
  const intl = useIntl();
  const [errors, setErrors] = useState<Errors<F>>({ fields: {}, general: null });

  const fieldId = useCallback((name: F) => `${formId}-${name}`, [formId]);

  const clear = useCallback(() => setErrors({ fields: {}, general: null }), []);

  /** Shows client-side problems; returns true when there were none. */
  const check = useCallback((fields: Partial<Record<F, string | null | undefined>>) => {
    const present = Object.fromEntries(Object.entries(fields).filter(([, m]) => Boolean(m))) as Partial<
      Record<F, string>
    >;
    setErrors({ fields: present, general: null });
    return Object.keys(present).length === 0;
  }, []);

  const fromApi = useCallback(
    (error: unknown, fieldForCode: Partial<Record<string, F>> = {}) => {
      const fields: Partial<Record<F, string>> = {};
      const unmatched: string[] = [];
      if (isApiError(error)) {
        for (const f of error.fields) {
          const name = matchField(f.path, names);
          if (name) fields[name] = f.message;
          else unmatched.push(f.message);
        }
        const codeField = fieldForCode[error.code];
        if (codeField && !fields[codeField]) fields[codeField] = describeError(intl, error);
      }
      const general = Object.keys(fields).length > 0 ? unmatched.join(' ') || null : describeError(intl, error);
      setErrors({ fields, general });
    },
    [intl, names],
  );

  const summary = useMemo(() => {
    const items = names
      .filter((n) => errors.fields[n])
      .map((n) => ({ fieldId: fieldId(n), message: errors.fields[n] as string }));
    return <ErrorSummary items={items} general={errors.general} />;
  }, [errors, names, fieldId]);

  return {
    fieldId,
    error: (name: F) => errors.fields[name],
    clear,
    check,
    fromApi,
    summary,
  };
}
