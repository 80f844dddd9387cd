import { z } from 'zod';
import { CHANNELS } from '../profiles/profiles.schemas';

const weight = z.number().int().min(0).max(100);
export const weightsSchema = z
  .object({ topics: weight, language: weight, overlap: weight, distance: weight, capacity: weight })
  .refine((w) => w.topics + w.language + w.overlap + w.distance + w.capacity > 0, {
    message: 'At least one weight must be above zero.',
  });

export const settingsSchema = z.object({
  weights: weightsSchema,
  maxOpenRequests: z.number().int().min(1).max(20),
  requestExpiryDays: z.number().int().min(1).max(60),
});
export type MatchingSettings = z.infer<typeof settingsSchema>;
export const settingsResponse = z.object({ settings: settingsSchema });

export const programParams = z.object({ programId: z.string().uuid() });
export const mentorParams = z.object({ programId: z.string().uuid(), mentorId: z.string().uuid() });
export const markBody = z.object({ kind: z.enum(['bookmark', 'hide']) });

const distanceClass = z.enum(['same-city', 'same-country', 'near-zone', 'far-zone']);
export const reasonSchema = z.object({
  kind: z.enum(['pinned', 'overlap', 'no-overlap', 'languages', 'topics', 'no-topics', 'distance', 'capacity']),
  text: z.string(),
});
export const breakdownSchema = z.object({
  topics: z.number(),
  language: z.number(),
  overlap: z.number(),
  distance: z.number(),
  capacity: z.number(),
});

const range = z.tuple([z.number().int(), z.number().int()]);
/** A week of the viewer's own clock: each day's working hours of both people and the overlap, in minutes of the day. */
export const weekBandSchema = z.object({
  timeZone: z.string(),
  days: z.array(
    z.object({ weekday: z.number().int().min(1).max(7), mine: z.array(range), theirs: z.array(range), shared: z.array(range) }),
  ),
});

export const mentorCardSchema = z.object({
  mentorId: z.string(),
  userId: z.string(),
  name: z.string(),
  headline: z.string(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  timeZone: z.string(),
  languages: z.array(z.string()),
  topics: z.array(z.string()),
  channels: z.array(z.enum(CHANNELS)),
  /** Null when a hard filter rules the pair out (see excludedBy). */
  score: z.number().nullable(),
  breakdown: breakdownSchema,
  reasons: z.array(reasonSchema),
  excludedBy: z.string().nullable(),
  overlapMinutesPerWeek: z.number(),
  week: weekBandSchema,
  distanceClass,
  zoneGapHours: z.number(),
  remainingCapacity: z.number().int(),
  openToInPerson: z.boolean(),
  bookmarked: z.boolean(),
  hidden: z.boolean(),
  requested: z.boolean(),
});
export type MentorCard = z.infer<typeof mentorCardSchema>;

export const suggestionsQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) });
export const suggestionsResponse = z.object({ suggestions: z.array(mentorCardSchema) });

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
export const searchQuery = z.object({
  q: z.string().trim().max(100).optional(),
  topic: z.string().trim().max(60).optional(),
  language: z.string().trim().max(35).optional(),
  country: z.string().trim().length(2, 'Use a two-letter country code.').optional(),
  minOverlap: z.coerce.number().int().min(0).max(10080).optional().describe('Minimum shared minutes per week'),
  hasCapacity: flag.optional(),
  bookmarked: flag.optional(),
  includeHidden: flag.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type SearchQuery = z.infer<typeof searchQuery>;
export const searchResponse = z.object({ mentors: z.array(mentorCardSchema), total: z.number().int() });
