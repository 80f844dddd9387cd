/** Who is acting: the signed-in user, by session cookie or personal API token. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  timeZone: string;
  locale: string;
  via: 'session' | 'token';
  sessionId?: string;
  csrfToken?: string;
}
