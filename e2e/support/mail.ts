import { startTestMailbox } from '../../test/smtp';

/**
 * The test SMTP server (test/smtp.ts, messages parsed by mailparser), with a
 * helper that waits for a message to someone and pulls a pattern out of its text.
 */
export async function startMailSink() {
  const mailbox = await startTestMailbox();
  const recipients = (m: (typeof mailbox.messages)[number]) =>
    (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) => a.value.map((v) => v.address?.toLowerCase()));
  return {
    url: mailbox.url,
    messages: mailbox.messages,
    /** Waits for a message to `to` whose text matches `pattern`; returns the first match group or the match. */
    async waitFor(to: string, pattern: RegExp, timeoutMs = 30_000): Promise<string> {
      const mail = await mailbox.waitFor((m) => recipients(m).includes(to.toLowerCase()) && pattern.test(m.text ?? ''), timeoutMs);
      const match = (mail.text ?? '').match(pattern)!;
      return match[1] ?? match[0];
    },
    close: () => mailbox.close(),
  };
}
