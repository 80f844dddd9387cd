import { ApiError, isApiError } from '../../lib/api';

/** The form's own field names; availability rows add `availability.<i>.start|end`. */
export const staticFields = [
  'headline',
  'bio',
  'topics',
  'languages',
  'cityId',
  'timeZone',
  'availability',
  'channels',
  'capacity',
  'prefLanguages',
  'maxZoneGapHours',
  'openToInPerson',
  'accessibilityNeeds',
] as const;

/**
 * Server paths as the form names them: list items point at their list's field
 * (languages.0 → languages), mentor preferences at theirs, a window's weekday at its start.
 */
export function formPath(path: string): string {
  return path
    .replace(/^mentor\.preferences\.languages(\.\d+)?$/, 'prefLanguages')
    .replace(/^(topics|languages|channels)\.\d+$/, '$1')
    .replace(/^availability\.(\d+)(\.weekday)?$/, 'availability.$1.start')
    .replace(/^city$/, 'cityId');
}

/** The same error with its field paths renamed by `formPath`. */
export function withFormPaths(error: unknown): unknown {
  if (!isApiError(error)) return error;
  return new ApiError(
    error.status,
    error.code,
    error.message,
    error.fields.map((f) => ({ ...f, path: formPath(f.path) })),
    error.retryAfterSeconds,
  );
}
