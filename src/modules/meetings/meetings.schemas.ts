import { z } from 'zod';
import { timeZone } from '../accounts/accounts.schemas';

export const MEETING_STATUSES = ['proposed', 'confirmed', 'cancelled', 'held', 'missed'] as const;
export const MEETING_CHANNELS = ['video', 'phone', 'in-person', 'link'] as const;
export const AWKWARDNESS = ['working', 'early', 'late', 'weekend', 'night'] as const;
export const meetingChannelSchema = z.enum(MEETING_CHANNELS);
export const awkwardnessSchema = z.enum(AWKWARDNESS);
const side = z.enum(['mentee', 'mentor']);

export const partnershipParams = z.object({ partnershipId: z.string().uuid() });
export const meetingParams = z.object({ meetingId: z.string().uuid() });

const isoInstant = z
  .string()
  .datetime({ offset: true, message: 'Use an ISO 8601 date-time with a zone, such as 2026-12-01T17:00:00Z.' })
  .transform((s) => new Date(s).toISOString());
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date as YYYY-MM-DD.').refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'Not a calendar date.');
const duration = z.coerce
  .number()
  .int('Whole minutes.')
  .min(15, 'At least 15 minutes.')
  .max(240, 'At most 240 minutes (4 hours).')
  .refine((n) => n % 15 === 0, 'Use a multiple of 15 minutes.');

// ---- Slots --------------------------------------------------------------------------------

export const slotsQuery = z.object({
  from: localDate.optional().describe('First day, in the viewer’s zone; default today'),
  to: localDate.optional().describe('Last day (inclusive), in the viewer’s zone; default from + 13 days; at most 56 days after from'),
  duration: duration.default(60).describe('Meeting length in minutes, 15–240 in steps of 15'),
  timeZone: timeZone.optional().describe('Zone the from/to days are read in; default the viewer’s zone'),
});
export type SlotsQuery = z.infer<typeof slotsQuery>;

/** One person's view of a time. */
export const localTimeSchema = z.object({
  timeZone: z.string().describe('Zone in effect for them then (their travel zone while travelling)'),
  place: z.string().describe('City name from their profile, or the zone’s city'),
  local: z.string().describe('Local wall time, YYYY-MM-DDTHH:mm'),
  weekday: z.number().int().min(1).max(7),
  awkwardness: awkwardnessSchema.describe('working: inside their available hours; otherwise how far outside'),
  daytime: z.enum(['day', 'evening', 'night']).describe('07:00–18:00 day, 18:00–22:00 evening, else night, for words and icons'),
});

export const slotSchema = z.object({
  start: z.string().describe('UTC ISO'),
  end: z.string().describe('UTC ISO'),
  kind: z.enum(['mutual', 'stretch']).describe('mutual: inside both people’s hours; stretch: one of them stretches'),
  bearer: side.nullable().describe('Who stretches for a stretch slot'),
  mentee: localTimeSchema,
  mentor: localTimeSchema,
  label: z.string().describe('e.g. “Tue 09:00 San Francisco · 19:00 Beirut”, in the viewer’s language'),
});
export type SlotView = z.infer<typeof slotSchema>;

const awkwardCounts = z.object({
  early: z.number().int(),
  late: z.number().int(),
  weekend: z.number().int(),
  night: z.number().int(),
  total: z.number().int(),
});
export const fairnessSchema = z.object({
  mentee: awkwardCounts,
  mentor: awkwardCounts,
  streak: z
    .object({ side, count: z.number().int(), kind: z.enum(['early', 'late', 'weekend', 'night', 'mixed']) })
    .nullable()
    .describe('The latest run of awkward meetings borne by one side'),
  nextBearer: side.nullable().describe('Who should bear the next awkward time'),
  summary: z.string().nullable().describe('The tally in a sentence, e.g. “The last 3 early calls were Rania’s.”'),
});
export type FairnessView = z.infer<typeof fairnessSchema>;

export const slotsResponse = z.object({
  from: z.string().describe('UTC ISO start of the span searched'),
  to: z.string().describe('UTC ISO end of the span searched'),
  durationMinutes: z.number().int(),
  slots: z.array(slotSchema).describe('Mutual slots first in time order, then stretch slots ranked by how awkward and who bore it last'),
  stretchOffered: z.boolean().describe('True when the pair’s hours barely overlap, so stretch slots are included'),
  fairness: fairnessSchema,
});

// ---- Meetings -----------------------------------------------------------------------------

const proposal = z.object({
  start: isoInstant,
  durationMinutes: duration,
});
const proposals = z
  .array(proposal)
  .min(1, 'Propose at least one time.')
  .max(5, 'Propose at most 5 times.')
  .refine((ps) => new Set(ps.map((p) => p.start)).size === ps.length, 'Each proposed time must be different.');
const reason = z.string().trim().min(1, 'Say why, in a few words.').max(500, 'Use at most 500 characters.');
const agenda = z.string().max(5000, 'Use at most 5000 characters.');
const location = z.string().trim().min(1).max(300, 'Use at most 300 characters.');
const url = z
  .string()
  .url('Use a full link starting with https://.')
  .max(500)
  .refine((u) => /^https?:\/\//.test(u), 'Use a link starting with https:// or http://.');

const channelFields = {
  channel: meetingChannelSchema.default('video').describe('video: a room link made by Meridian; link: your own link'),
  location: location.optional().describe('Place (in person) or phone number (phone)'),
  url: url.optional().describe('Your own meeting link (channel link)'),
};

export const createMeetingBody = z
  .object({ proposals, ...channelFields, agenda: agenda.optional() })
  .strict();
export type CreateMeetingInput = z.infer<typeof createMeetingBody>;

export const confirmBody = z.object({ start: isoInstant.describe('One of the open proposals') }).strict();
export const counterProposeBody = z.object({ proposals, note: reason.optional() }).strict();
export const rescheduleBody = z
  .object({ start: isoInstant, durationMinutes: duration.optional(), reason: reason.optional() })
  .strict();
export const cancelBody = z.object({ reason }).strict();
export const updateMeetingBody = z
  .object({
    agenda: agenda.optional().describe('The mentee’s agenda, editable until the meeting ends'),
    channel: meetingChannelSchema.optional(),
    location: location.nullable().optional(),
    url: url.nullable().optional(),
  })
  .strict();
export type UpdateMeetingInput = z.infer<typeof updateMeetingBody>;
export const outcomeBody = z
  .object({
    held: z.boolean().describe('true: it took place; false: missed'),
    minutesSpent: z.number().int().min(1).max(600).optional().describe('Minutes spent, preparation included; default the planned length'),
  })
  .strict();

export const meetingsQuery = z.object({
  from: isoInstant.optional().describe('Default: now'),
  to: isoInstant.optional().describe('Default: from + 60 days'),
  status: z.enum(MEETING_STATUSES).optional(),
});

const personTime = z.object({
  name: z.string(),
  timeZone: z.string(),
  place: z.string(),
  local: z.string().nullable().describe('Local wall time of the start, YYYY-MM-DDTHH:mm'),
  awkwardness: awkwardnessSchema.nullable(),
});

export const proposalSchema = z.object({
  start: z.string(),
  end: z.string(),
  mentee: personTime,
  mentor: personTime,
});

export const meetingSchema = z.object({
  id: z.string(),
  partnershipId: z.string(),
  programId: z.string(),
  status: z.enum(MEETING_STATUSES),
  viewerSide: side.nullable().describe('Which side the viewer is on'),
  proposedBy: side.describe('Who made the open proposals or set the current time'),
  awaiting: side.nullable().describe('Who must act next: confirm a proposal, or record the outcome'),
  channel: meetingChannelSchema,
  location: z.string().nullable(),
  url: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  durationMinutes: z.number().int(),
  proposals: z.array(proposalSchema).describe('Open proposals while status is proposed'),
  mentee: personTime,
  mentor: personTime,
  agenda: z.string(),
  sequence: z.number().int(),
  changeReason: z.string().nullable(),
  cancelledBy: side.nullable(),
  minutesSpent: z.number().int().nullable(),
  confirmedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MeetingView = z.infer<typeof meetingSchema>;

export const meetingResponse = z.object({ meeting: meetingSchema });
export const meetingsResponse = z.object({ meetings: z.array(meetingSchema) });
export const partnershipMeetingsResponse = z.object({
  upcoming: z.array(meetingSchema).describe('Proposed and confirmed, soonest first'),
  past: z.array(meetingSchema).describe('Held, missed, cancelled and confirmed ones whose time passed, latest first'),
  fairness: fairnessSchema,
});

// ---- Availability changes: date overrides and travel --------------------------------------

const clock = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const dayWindow = z
  .object({ start: z.string().regex(clock, 'Use HH:MM, 00:00 to 23:59.'), end: z.string().regex(clock, 'Use HH:MM, up to 24:00.') })
  .refine((w) => w.end > w.start, { message: 'End must be after start.', path: ['end'] });

export const overrideBody = z
  .object({
    date: localDate,
    available: z.boolean().describe('true: extra hours; false: away'),
    windows: z.array(dayWindow).max(6).default([]).describe('Hours that day; empty with available=false means the whole day'),
    note: z.string().trim().max(200).default(''),
  })
  .strict()
  .refine((o) => o.available === false || o.windows.length > 0, { message: 'Give the extra hours.', path: ['windows'] });
export type OverrideInput = z.infer<typeof overrideBody>;

export const travelBody = z
  .object({
    startsOn: localDate,
    endsOn: localDate,
    timeZone,
    note: z.string().trim().max(200).default(''),
  })
  .strict()
  .refine((t) => t.endsOn >= t.startsOn, { message: 'The last day must not be before the first.', path: ['endsOn'] });
export type TravelInput = z.infer<typeof travelBody>;

export const overrideSchema = z.object({
  id: z.string(),
  date: z.string(),
  available: z.boolean(),
  windows: z.array(z.object({ start: z.string(), end: z.string() })),
  note: z.string(),
});
export const travelSchema = z.object({ id: z.string(), startsOn: z.string(), endsOn: z.string(), timeZone: z.string(), note: z.string() });
export const availabilityChangesResponse = z.object({ overrides: z.array(overrideSchema), travel: z.array(travelSchema) });
export const idParams = z.object({ id: z.string().uuid() });

// ---- Calendar feed ------------------------------------------------------------------------

export const calendarFeedResponse = z.object({
  url: z.string().describe('Private subscription URL (webcal-compatible https); anyone with it can read your meetings'),
  createdAt: z.string(),
});
export const feedParams = z.object({ file: z.string().max(120).describe('{token}.ics') });
export const overrideResponse = z.object({ override: overrideSchema });
export const travelResponse = z.object({ travel: travelSchema });
