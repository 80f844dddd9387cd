/** Error codes shared by server and web; each maps to one HTTP status. */
export const errorStatus = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  email_taken: 409,
  already_member: 409,
  last_admin: 409,
  already_matched: 409,
  already_requested: 409,
  too_many_open_requests: 409,
  mentor_full: 409,
  request_closed: 409,
  run_not_draft: 409,
  stale_run: 409,
  meeting_closed: 409,
  time_conflict: 409,
  partnership_closed: 409,
  partnership_active: 409,
  agreement_changed: 409,
  already_reflected: 409,
  edit_window_closed: 409,
  survey_has_answers: 409,
  already_answered: 409,
  survey_closed: 409,
  already_offered: 409,
  recently_nudged: 409,
  partnership_not_active: 409,
  gone: 410,
  invalid_token: 410,
  invitation_expired: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  outside_availability: 422,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface FieldError {
  path: string;
  message: string;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: FieldError[] };
}
