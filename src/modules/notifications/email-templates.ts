import { intlFor } from '../../server/i18n';

export interface Recipient {
  email: string;
  name: string | null;
  locale: string;
  timeZone: string;
}

export interface RenderedEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface EmailContent {
  /** Message id prefix in the catalog, e.g. `email.passwordReset`. */
  template: string;
  values: Record<string, string | number>;
  /** Timestamps shown in the recipient's zone. */
  times?: Record<string, Date>;
  action?: { url: string };
  /** Extra paragraphs after the body, by message id suffix. */
  extra?: string[];
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Renders an email from the message catalog, in the recipient's language and time zone, as text and HTML. */
export function renderEmail(recipient: Recipient, content: EmailContent): RenderedEmail {
  const intl = intlFor(recipient.locale, recipient.timeZone);
  const values: Record<string, string | number> = { ...content.values };
  for (const [k, d] of Object.entries(content.times ?? {})) {
    values[k] = intl.formatDate(d, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    });
  }
  const t = (suffix: string) => intl.formatMessage({ id: `${content.template}.${suffix}` }, values) as string;
  const paragraphs = [t('greeting'), t('body'), ...(content.extra ?? []).map(t)];
  const actionLabel = content.action ? t('action') : undefined;
  const footer = intl.formatMessage({ id: 'email.footer' }) as string;

  const text = [
    ...paragraphs,
    ...(content.action ? [`${actionLabel}: ${content.action.url}`] : []),
    '--',
    footer,
  ].join('\n\n');
  const html = [
    `<!doctype html><html lang="${escapeHtml(recipient.locale)}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a">`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(content.action
      ? [`<p><a href="${escapeHtml(content.action.url)}" style="color:#0b57d0">${escapeHtml(actionLabel ?? '')}</a></p>`]
      : []),
    `<hr><p style="font-size:0.875em;color:#4a4a4a">${escapeHtml(footer)}</p></body></html>`,
  ].join('\n');
  return { to: recipient.email, subject: t('subject'), text, html };
}
