import { AppError } from '../../server/errors';
import type { AttachmentView } from '../files/files.schemas';
import type { MessageRow, Position, ReadRow } from './messages.repository';
import type { MessageView, ReadMarkerView } from './messages.schemas';

const MINUTE = 60_000;

export function presentMessage(m: MessageRow, pair: { mentee_user_id: string }, editMinutes: number, attachments: AttachmentView[] = []): MessageView {
  const deleted = m.deleted_at !== null;
  return {
    id: m.id,
    partnershipId: m.partnership_id,
    author: { userId: m.author_user_id, name: m.author_name, side: m.author_user_id === pair.mentee_user_id ? 'mentee' : 'mentor' },
    html: deleted ? '' : m.body_html,
    text: deleted ? '' : m.body_text,
    createdAt: m.created_at,
    editedAt: m.edited_at,
    deletedAt: m.deleted_at,
    deleted,
    editableUntil: deleted ? null : new Date(Date.parse(m.created_at) + editMinutes * MINUTE).toISOString(),
    attachments: deleted ? [] : attachments,
  };
}

export function presentReadMarker(r: ReadRow | undefined): ReadMarkerView {
  return r?.last_read_message_id && r.last_read_message_at ? { messageId: r.last_read_message_id, at: r.last_read_message_at } : null;
}

/** Cursors are opaque to clients: base64url of a message's place (created_at, id). */
export function encodeCursor(p: Position): string {
  return Buffer.from(`${p.at}|${p.id}`, 'utf8').toString('base64url');
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function decodeCursor(cursor: string, field: string): Position {
  const [at, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!at || !id || rest.length > 0 || !ISO.test(at) || !UUID.test(id)) {
    throw AppError.field('validation_failed', field, 'Not a cursor from this conversation: use older or newer from a page.');
  }
  return { at, id };
}
