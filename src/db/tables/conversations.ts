/** Conversations and the real-time stream. Column conventions: ../schema.ts. */

export type MessageEmails = 'immediate' | 'digest' | 'never';

/** One message in a partnership's conversation; a deleted one keeps its row as a tombstone. */
export interface MessagesTable {
  id: string;
  partnership_id: string;
  author_user_id: string;
  /** Sanitised HTML (a small safe subset). Empty once deleted. */
  body_html: string;
  /** Plain text derived from body_html, for emails and search. Empty once deleted. */
  body_text: string;
  created_at: string;
  edited_at: string | null;
  deleted_at: string | null;
}

/** Where each person has read up to in a conversation, and when they were last emailed about it. */
export interface ConversationReadsTable {
  partnership_id: string;
  user_id: string;
  /** The last message read: (created_at, id) orders a conversation. */
  last_read_message_id: string | null;
  last_read_message_at: string | null;
  read_at: string | null;
  emailed_at: string | null;
  /** Messages up to this moment were in a digest already. */
  digested_at: string | null;
}

/** The secret in reply+TOKEN@MAIL_DOMAIN, one per person per partnership. */
export interface ConversationReplyTokensTable {
  token: string;
  partnership_id: string;
  user_id: string;
  created_at: string;
}

/** One row per recipient per event: the stream's replay log. Ids sort in commit order. */
export interface StreamEventsTable {
  /** 16 digits: epoch microseconds, or one more than the last id when that is larger. */
  id: string;
  user_id: string;
  kind: string;
  /** JSON. */
  data: string;
  created_at: string;
}

/** A single row whose write lock serialises appends to stream_events. */
export interface StreamEventLockTable {
  name: string;
  locked_at: string | null;
}

/** One open event stream; seen_at is refreshed by heartbeats, so a crashed instance's rows lapse. */
export interface StreamConnectionsTable {
  id: string;
  user_id: string;
  instance_id: string;
  connected_at: string;
  seen_at: string;
}
