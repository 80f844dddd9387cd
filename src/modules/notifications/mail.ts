import type { Executor } from '../../db/database';
import type { Clock } from '../../shared/clock';
import { newId } from '../../server/ids';
import { renderEmail, type EmailContent, type Recipient } from './email-templates';
import { insertOutboxItem } from './outbox.repository';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
  /** A calendar invitation (iCalendar text), sent as nodemailer's icalEvent: a text/calendar part with its METHOD. */
  icalEvent?: { method: 'REQUEST' | 'CANCEL'; filename: string; content: string };
}

/**
 * Queues an email in the outbox. Call it with the transaction that makes the
 * change the email tells about: both commit or neither does.
 */
export async function queueEmail(db: Executor, clock: Clock, email: OutgoingEmail): Promise<string> {
  const id = newId();
  await insertOutboxItem(db, { id, kind: 'email', payload: JSON.stringify(email), createdAt: clock.now().toISOString() });
  return id;
}

/** Renders a catalog email for one recipient and queues it. */
export function queueTemplatedEmail(
  db: Executor,
  clock: Clock,
  recipient: Recipient,
  content: EmailContent,
  extras: Pick<OutgoingEmail, 'icalEvent' | 'replyTo'> = {},
): Promise<string> {
  return queueEmail(db, clock, { ...renderEmail(recipient, content), ...extras });
}
