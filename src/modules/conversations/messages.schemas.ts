import { z } from 'zod';
import { attachmentSchema } from '../files/files.schemas';

/** The longest message body accepted, in characters, as sent (HTML or plain text). */
export const MESSAGE_MAX_CHARS = 10_000;
export const MESSAGE_PAGE_MAX = 100;

const side = z.enum(['mentee', 'mentor']);

export const partnershipParams = z.object({ partnershipId: z.string().uuid() });
export const messageParams = z.object({ partnershipId: z.string().uuid(), messageId: z.string().uuid() });

const body = z
  .string('Write a message.')
  .max(MESSAGE_MAX_CHARS, `Use at most ${MESSAGE_MAX_CHARS.toLocaleString('en')} characters.`)
  .refine((s) => s.trim().length > 0, 'Write a message.')
  .describe('The message: HTML (p, br, strong, em, a, ul, ol, li, code, pre, blockquote; anything else is removed) or plain text');

export const messageBody = z
  .object({
    body,
    format: z.enum(['html', 'text']).default('html').describe('html (default): sanitised to the safe subset; text: blank lines part paragraphs'),
  })
  .strict();
export type MessageInput = z.infer<typeof messageBody>;

export const postMessageBody = z
  .object({
    body,
    format: messageBody.shape.format,
    attachments: z
      .array(z.string().uuid())
      .max(10, 'Attach at most 10 files.')
      .default([])
      .describe('Ids of files you uploaded to this partnership with messageAttachment=true'),
  })
  .strict();
export type PostMessageInput = z.infer<typeof postMessageBody>;

const cursor = z.string().min(1).max(200).describe('An opaque cursor from a previous page (older or newer)');

export const listMessagesQuery = z
  .object({
    before: cursor.optional().describe('Messages older than this cursor (the page before)'),
    after: cursor.optional().describe('Messages newer than this cursor (the page after)'),
    limit: z.coerce.number().int().min(1).max(MESSAGE_PAGE_MAX, `At most ${MESSAGE_PAGE_MAX} a page.`).default(50),
  })
  .refine((q) => !(q.before && q.after), { message: 'Use before or after, not both.', path: ['after'] });
export type ListMessagesQuery = z.infer<typeof listMessagesQuery>;

export const readBody = z
  .object({ upTo: z.string().uuid().optional().describe('The last message read; default the newest') })
  .strict()
  .optional();

export const messageSchema = z.object({
  id: z.string(),
  partnershipId: z.string(),
  author: z.object({ userId: z.string(), name: z.string(), side }),
  html: z.string().describe('Sanitised HTML; empty when deleted'),
  text: z.string().describe('The same as plain text; empty when deleted'),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  deletedAt: z.string().nullable(),
  deleted: z.boolean().describe('A tombstone: the author deleted it'),
  editableUntil: z.string().nullable().describe('The author may edit or delete it until then; null once deleted'),
  attachments: z.array(attachmentSchema).describe('Files attached to it; none once deleted'),
});
export type MessageView = z.infer<typeof messageSchema>;

export const readMarkerSchema = z
  .object({ messageId: z.string(), at: z.string().describe('When that message was posted') })
  .nullable()
  .describe('The last message the viewer has read; null before they read any');
export type ReadMarkerView = z.infer<typeof readMarkerSchema>;

export const messagePageResponse = z.object({
  messages: z.array(messageSchema).describe('Oldest first within the page'),
  older: z.string().nullable().describe('Cursor for ?before= (older messages); null when this page holds the first'),
  newer: z.string().nullable().describe('Cursor for ?after= (newer messages); null when this page holds the newest'),
  unread: z.number().int().describe('Messages from the other side after the viewer’s read marker'),
  readMarker: readMarkerSchema,
  otherReadMarker: readMarkerSchema.describe('How far the other side has read (read receipts)'),
  viewerSide: side,
});
export type MessagePageView = z.infer<typeof messagePageResponse>;

export const messageResponse = z.object({ message: messageSchema });

export const readResponse = z.object({ unread: z.number().int(), readMarker: readMarkerSchema });
export type ReadView = z.infer<typeof readResponse>;

export const unreadResponse = z.object({
  total: z.number().int(),
  conversations: z
    .array(z.object({ partnershipId: z.string(), unread: z.number().int(), lastMessageAt: z.string().nullable() }))
    .describe('Each partnership of mine (as a current member), most recent message first'),
});
export type UnreadView = z.infer<typeof unreadResponse>;
