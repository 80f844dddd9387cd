// Shared by this module's tests (not imported by the app).
import path from 'node:path';
import os from 'node:os';
import type { ParsedMail } from 'mailparser';
import { deliverDueMail } from '../../jobs/outbox-delivery';
import { createMailTransport } from '../notifications/mail-transport';
import type { TestApp } from '../../../test/app';
import { FACTORY_PASSWORD, createParticipant, type ProgramRef, type TestParticipant } from '../../../test/factories';
import { startTestMailbox, type TestMailbox } from '../../../test/smtp';
import { signIn, type SignedIn } from '../../../test/users';

export const weekdays = (days: number[], start: string, end: string) =>
  days.map((d) => ({ weekday: d as 1 | 2 | 3 | 4 | 5 | 6 | 7, start, end }));

export const mentorBlock = (capacity = 2, o: { languages?: string[]; maxZoneGapHours?: number | null } = {}) => ({
  capacity,
  preferences: { languages: o.languages ?? [], maxZoneGapHours: o.maxZoneGapHours ?? null, openToInPerson: false },
});

export type Person = TestParticipant & { as: SignedIn };

/** A participant with a complete profile, signed in through the API. */
export async function person(
  t: TestApp,
  program: ProgramRef,
  role: 'mentor' | 'mentee',
  o: { name?: string; timeZone?: string; profile?: Parameters<typeof createParticipant>[1]['profile'] } = {},
): Promise<Person> {
  const p = await createParticipant(t.ctx, {
    program,
    role,
    user: { ...(o.name ? { name: o.name } : {}), ...(o.timeZone ? { timeZone: o.timeZone } : {}) },
    ...(o.profile ? { profile: o.profile } : {}),
  });
  return { ...p, as: await signIn(t.app, p.user.email, FACTORY_PASSWORD) };
}

/** `app.inject` under /api/v1 as someone (or anonymously). */
export function caller(t: TestApp) {
  return (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, as?: SignedIn, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, ...(as ? { headers: as.headers } : {}), ...(payload ? { payload } : {}) });
}

export interface Mail {
  mailbox: TestMailbox;
  /** Sends what is due in the outbox to the test SMTP server. */
  deliver(): Promise<number>;
  /** The first message to this address whose subject matches. */
  to(email: string, subject: string | RegExp): Promise<ParsedMail>;
  /** Messages received so far by this address. */
  count(email: string): number;
  close(): Promise<void>;
}

const quiet = { info() {}, warn() {} };
const addressed = (m: ParsedMail, email: string) => JSON.stringify(m.to).includes(email);

/** A real SMTP server and a transport to it, with the outbox delivered on demand. */
export async function startMail(t: TestApp): Promise<Mail> {
  const mailbox = await startTestMailbox();
  const transport = createMailTransport(
    { smtpUrl: mailbox.url, from: 'Meridian <no-reply@meridian.test>', dataDir: path.join(os.tmpdir(), 'meridian-partnerships-mail') },
    quiet,
  );
  return {
    mailbox,
    async deliver() {
      let sent = 0;
      for (;;) {
        const r = await deliverDueMail({ db: t.database.db, clock: t.clock, transport, log: quiet });
        sent += r.sent;
        if (r.sent === 0) return sent;
      }
    },
    to: (email, subject) =>
      mailbox.waitFor((m) => addressed(m, email) && (typeof subject === 'string' ? m.subject === subject : subject.test(m.subject ?? ''))),
    count: (email) => mailbox.messages.filter((m) => addressed(m, email)).length,
    async close() {
      transport.close();
      await mailbox.close();
    },
  };
}
