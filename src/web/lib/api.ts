/** Thin fetch wrapper for /api/v1: JSON in and out, CSRF header on writes, typed errors. */

export interface FieldError {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const base = '/api/v1';
let csrfFromSession: string | null = null;

/** Remembers the CSRF token /me returns, for when the cookie cannot be read. */
export function rememberCsrfToken(token: string | null): void {
  csrfFromSession = token;
}

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

type Body = { json: unknown } | { text: string; contentType: string } | { form: FormData } | undefined;

async function request<T>(method: string, path: string, body?: Body): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let payload: string | FormData | undefined;
  if (body && 'json' in body) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body.json);
  } else if (body && 'form' in body) {
    // The browser writes the multipart Content-Type with its boundary.
    payload = body.form;
  } else if (body) {
    headers['Content-Type'] = body.contentType;
    payload = body.text;
  }
  if (method !== 'GET') {
    const csrf = readCookie('meridian_csrf') ?? csrfFromSession;
    if (csrf) headers['X-CSRF-Token'] = csrf;
  }

  let response: Response;
  try {
    response = await fetch(base + path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', 'network');
  }
  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response, data);
  return data as T;
}

function toApiError(response: Response, data: unknown): ApiError {
  const error = (data as { error?: { code?: string; message?: string; fields?: FieldError[] } } | null)?.error;
  const retryAfter = Number(response.headers.get('Retry-After'));
  return new ApiError(
    response.status,
    error?.code ?? `http_${response.status}`,
    error?.message ?? response.statusText,
    Array.isArray(error?.fields) ? error.fields : [],
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  );
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, json?: unknown) => request<T>('POST', path, { json: json ?? {} }),
  postText: <T>(path: string, text: string, contentType: string) =>
    request<T>('POST', path, { text, contentType }),
  /** multipart/form-data (a file upload). */
  postForm: <T>(path: string, form: FormData) => request<T>('POST', path, { form }),
  put: <T>(path: string, json: unknown) => request<T>('PUT', path, { json }),
  patch: <T>(path: string, json: unknown) => request<T>('PATCH', path, { json }),
  /** Most deletions answer 204; a few answer with what remains (a message's tombstone). */
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
