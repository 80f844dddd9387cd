import { z } from 'zod';

export const REQUEST_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn', 'expired', 'superseded'] as const;
export const requestStatusSchema = z.enum(REQUEST_STATUSES);

export const DECLINE_REASONS = ['no-time', 'expertise-mismatch', 'another-mentor-better', 'other'] as const;
export const declineReasonSchema = z.enum(DECLINE_REASONS);
export type DeclineReason = z.infer<typeof declineReasonSchema>;

/** Why a partnership ended: the first two complete it, the others end it early. */
export const END_REASONS = ['completed', 'goals-met', 'no-time', 'not-a-good-fit', 'other'] as const;
export type EndReason = (typeof END_REASONS)[number];

export const programParams = z.object({ programId: z.string().uuid() });
export const requestParams = z.object({ requestId: z.string().uuid() });
export const partnershipParams = z.object({ partnershipId: z.string().uuid() });

const message = z
  .string()
  .trim()
  .min(1, 'Write a few words to the mentor: who you are and what you hope to work on.')
  .max(2000, 'Use at most 2000 characters.');

/** One side of a request or partnership, as the other side and admins may see it. */
export const personSchema = z.object({
  membershipId: z.string(),
  name: z.string(),
  timeZone: z.string().describe('IANA zone, to show their local time beside yours'),
});
export type PersonView = z.infer<typeof personSchema>;

export const requestSchema = z.object({
  id: z.string(),
  programId: z.string(),
  status: requestStatusSchema,
  message: z.string(),
  mentee: personSchema,
  mentor: personSchema,
  createdAt: z.string(),
  expiresAt: z.string().describe('A pending request not answered by then expires'),
  decidedAt: z.string().nullable().describe('When it left pending'),
  declineReason: declineReasonSchema.nullable(),
  declineNote: z.string().nullable(),
});
export type RequestView = z.infer<typeof requestSchema>;

export const partnershipSchema = z.object({
  id: z.string(),
  programId: z.string(),
  programName: z.string(),
  status: z.enum(['active', 'completed', 'ended']),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  endedBy: z.enum(['mentee', 'mentor']).nullable().describe('Which side ended it'),
  endReason: z.enum(END_REASONS).nullable(),
  endNote: z.string().nullable().describe('What the side that ended it wrote'),
  mentor: personSchema,
  mentee: personSchema,
  distanceClass: z.enum(['same-city', 'same-country', 'near-zone', 'far-zone']),
  zoneGapMinutes: z.number().int().describe('Gap between the two zones when the partnership started, 0..720'),
  overlapMinutesPerWeek: z.number().int().describe('Shared working minutes a week, averaged over the 4 weeks after the start'),
  score: z.number().nullable().describe('Match score 0..100 when the partnership started; null when a hard filter would rule the pair out'),
  source: z.enum(['request', 'matching-run']),
  requestId: z.string().nullable(),
  viewerSide: z.enum(['mentee', 'mentor']).nullable().describe('Which side of the pair the viewer is; null for a program admin'),
});
export type PartnershipView = z.infer<typeof partnershipSchema>;

export const createRequestBody = z
  .object({ mentorId: z.string().uuid().describe('The mentor’s membership id in this program'), message })
  .strict();
export type CreateRequestInput = z.infer<typeof createRequestBody>;

export const editRequestBody = z.object({ message }).strict();
export type EditRequestInput = z.infer<typeof editRequestBody>;

export const declineBody = z
  .object({
    reason: declineReasonSchema.describe('Told to the mentee in kind words'),
    note: z.string().trim().max(1000, 'Use at most 1000 characters.').optional().describe('A personal line for the mentee'),
  })
  .strict();
export type DeclineInput = z.infer<typeof declineBody>;

export const requestsQuery = z.object({
  role: z.enum(['mentor', 'mentee']).optional().describe('mentor: my inbox; mentee: my outbox; default: my role in the program'),
  status: requestStatusSchema.optional(),
});
export type RequestsQuery = z.infer<typeof requestsQuery>;

export const requestResponse = z.object({ request: requestSchema });
export const requestsResponse = z.object({ requests: z.array(requestSchema).describe('Newest first') });
export const acceptResponse = z.object({ request: requestSchema, partnership: partnershipSchema });
export const partnershipResponse = z.object({ partnership: partnershipSchema });
export const partnershipsResponse = z.object({ partnerships: z.array(partnershipSchema).describe('Most recently started first') });
