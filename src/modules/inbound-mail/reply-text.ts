import EmailReplyParser from 'email-reply-parser';

// The library (a port of GitHub's email_reply_parser) finds quoted history, "On … wrote:"
// attributions and signatures. Meridian adds the markers it leaves to mobile and Outlook
// clients, conservatively: everything from the first such line down is dropped.
const ORIGINAL = /^-{2,}\s*(Original Message|Forwarded message|Ursprüngliche Nachricht|Message d'origine)\s*-{2,}\s*$/i;
const OUTLOOK_FROM = /^\*?(From|De|Von|Van):\*?\s/i;
const OUTLOOK_NEXT = /^\*?(Sent|Date|To|Subject|Envoyé|Gesendet|Verzonden):\*?\s/i;
const SENT_FROM = /^(Sent from (my )?\S.*|Get Outlook for \S.*|Sent with \S.*|Envoyé de mon \S.*|Von meinem \S.* gesendet)$/i;
const RULE = /^_{8,}\s*$/;

function isCut(lines: string[], i: number): boolean {
  const line = lines[i]!.trim();
  const next = lines[i + 1]?.trim() ?? '';
  if (line.startsWith('>')) return true;
  if (ORIGINAL.test(line) || RULE.test(line) || SENT_FROM.test(line)) return true;
  return OUTLOOK_FROM.test(line) && OUTLOOK_NEXT.test(next);
}

/** The reply's own text, trimmed; '' when nothing new was written. */
export function replyText(body: string): string {
  const visible = new EmailReplyParser().read(body.replace(/\r\n?/g, '\n')).getVisibleText();
  const lines = visible.split('\n');
  const cut = lines.findIndex((_, i) => isCut(lines, i));
  const kept = cut < 0 ? lines : lines.slice(0, cut);
  return kept
    .join('\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
