import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { OutgoingEmail } from './mail';

export interface MailTransport {
  send(email: OutgoingEmail & { id: string }): Promise<void>;
  close(): void;
}

/**
 * SMTP when SMTP_URL is set; otherwise each message is written as an .eml file
 * under DATA_DIR/mail (so a fresh install can read its mail without a server).
 */
function smtpOptions(url: string) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || (u.protocol === 'smtps:' ? 465 : 587)),
    secure: u.protocol === 'smtps:',
    ...(u.username ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } } : {}),
  };
}

export function createMailTransport(
  options: { smtpUrl?: string | undefined; from: string; dataDir: string },
  log: { info(msg: string): void },
): MailTransport {
  if (options.smtpUrl) {
    // A pool reuses connections instead of a TCP and SMTP handshake per message.
    const smtp = nodemailer.createTransport({ ...smtpOptions(options.smtpUrl), pool: true, maxConnections: 4 });
    return {
      async send(email) {
        await smtp.sendMail({ ...email, from: options.from, messageId: `<${email.id}@meridian>` });
      },
      close: () => smtp.close(),
    };
  }
  const dir = path.join(options.dataDir, 'mail');
  const writer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(email) {
      const info = await writer.sendMail({ ...email, from: options.from, messageId: `<${email.id}@meridian>` });
      await fs.mkdir(dir, { recursive: true });
      const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${email.id}.eml`);
      await fs.writeFile(file, info.message as Buffer);
      log.info(`mail to ${email.to}: "${email.subject}" written to ${file}`);
    },
    close: () => writer.close(),
  };
}
