/** Where to go after signing in: only same-site paths, never another origin ("//evil", "https:"). */
export function safeNextPath(raw: string | null | undefined, fallback = '/'): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return fallback;
  return raw;
}

export function withNext(path: string, next: string | null): string {
  return next && next !== '/' ? `${path}?next=${encodeURIComponent(next)}` : path;
}
