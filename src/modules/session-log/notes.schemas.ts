import { z } from 'zod';
import { pairSideSchema, someField, someFieldMessage } from '../partnerships/pair-work';

export const NOTE_VISIBILITIES = ['shared', 'private'] as const;
export const noteParams = z.object({ noteId: z.string().uuid() });

const body = z.string().trim().min(1, 'Write something first.').max(10_000, 'Use at most 10000 characters.');
const visibility = z.enum(NOTE_VISIBILITIES).describe('shared: both of you read it; private: only you, ever (not your partner, not the program’s admins)');

export const createNoteBody = z
  .object({
    visibility,
    body,
    meetingId: z.string().uuid().nullable().optional().describe('The meeting it is about; a shared note needs the meeting to have started'),
  })
  .strict();
export type CreateNoteInput = z.infer<typeof createNoteBody>;

export const updateNoteBody = z.object({ body: body.optional(), visibility: visibility.optional() }).strict().refine(someField, someFieldMessage);
export type UpdateNoteInput = z.infer<typeof updateNoteBody>;

export const notesQuery = z.object({ meetingId: z.string().uuid().optional().describe('Only the notes on this meeting') });

export const noteSchema = z.object({
  id: z.string(),
  partnershipId: z.string(),
  meetingId: z.string().nullable(),
  visibility: z.enum(NOTE_VISIBILITIES),
  body: z.string(),
  author: pairSideSchema,
  authorName: z.string(),
  mine: z.boolean().describe('The viewer wrote it and may change it'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type NoteView = z.infer<typeof noteSchema>;

export const noteResponse = z.object({ note: noteSchema });
export const notesResponse = z.object({ notes: z.array(noteSchema).describe('Shared notes and the viewer’s own private ones, newest first') });
