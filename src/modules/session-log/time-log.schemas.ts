import { z } from 'zod';
import { localDate, pairSideSchema, someField, someFieldMessage } from '../partnerships/pair-work';

export const TIME_ENTRY_KINDS = ['meeting', 'phone', 'email', 'chat', 'in-person', 'other'] as const;
export const timeEntryKindSchema = z.enum(TIME_ENTRY_KINDS);

export const partnershipParams = z.object({ partnershipId: z.string().uuid() });
export const entryParams = z.object({ entryId: z.string().uuid() });

const minutes = z.number().int('Whole minutes.').min(1, 'At least 1 minute.').max(600, 'At most 600 minutes (10 hours).');
const preparation = z.number().int('Whole minutes.').min(0, 'Not negative.').max(600, 'At most 600 minutes (10 hours).');
const note = z.string().trim().max(1000, 'Use at most 1000 characters.');

export const createEntryBody = z
  .object({
    kind: timeEntryKindSchema.describe('meeting: one arranged outside Meridian (meetings arranged here count from their outcome)'),
    occurredOn: localDate.describe('The day, on your clock; not in the future'),
    minutes: minutes.describe('How long the contact lasted'),
    preparationMinutes: preparation.default(0).describe('Your own preparation and follow-up for it'),
    note: note.default(''),
    meetingId: z.string().uuid().nullable().optional().describe('A meeting of this pair it followed up on (not for kind meeting)'),
  })
  .strict();
export type CreateEntryInput = z.infer<typeof createEntryBody>;

export const updateEntryBody = z
  .object({
    kind: timeEntryKindSchema.optional(),
    occurredOn: localDate.optional(),
    minutes: minutes.optional(),
    preparationMinutes: preparation.optional(),
    note: note.optional(),
    meetingId: z.string().uuid().nullable().optional(),
  })
  .strict()
  .refine(someField, someFieldMessage);
export type UpdateEntryInput = z.infer<typeof updateEntryBody>;

export const timeEntrySchema = z.object({
  id: z.string().describe('The entry’s id, or the meeting’s for a held meeting'),
  source: z.enum(['log', 'meeting']).describe('log: written down here; meeting: a held meeting, counted from its outcome'),
  kind: timeEntryKindSchema,
  occurredOn: z.string().describe('YYYY-MM-DD; a held meeting’s start on the viewer’s clock'),
  minutes: z.number().int().describe('For a held meeting: the minutes spent recorded with its outcome, preparation included'),
  preparationMinutes: z.number().int(),
  note: z.string(),
  meetingId: z.string().nullable(),
  by: pairSideSchema.describe('Who logged it (who recorded the outcome, for a held meeting)'),
  byName: z.string(),
  mine: z.boolean().describe('The viewer logged it and may change it (log entries only)'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TimeEntryView = z.infer<typeof timeEntrySchema>;

const tally = z.object({ minutes: z.number().int(), count: z.number().int() });
export type Tally = z.infer<typeof tally>;

export const totalsSchema = z.object({
  minutes: z.number().int().describe('All time the pair invested: contact plus preparation, held meetings included'),
  preparationMinutes: z.number().int().describe('The part logged separately as preparation (a held meeting’s minutes include its own)'),
  count: z.number().int().describe('Contacts: log entries and held meetings'),
  bySide: z.object({ mentee: tally, mentor: tally }).describe('What each side logged'),
  byKind: z.object(Object.fromEntries(TIME_ENTRY_KINDS.map((k) => [k, tally])) as Record<(typeof TIME_ENTRY_KINDS)[number], typeof tally>),
});
export type TotalsView = z.infer<typeof totalsSchema>;

export const timeLogResponse = z.object({
  entries: z.array(timeEntrySchema).describe('Latest first'),
  totals: totalsSchema,
});
export const timeEntryResponse = z.object({ entry: timeEntrySchema });
