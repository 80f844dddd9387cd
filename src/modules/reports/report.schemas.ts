import { z } from 'zod';
import { calendarDate } from '../programs/programs.schemas';

export const DISTANCE_CLASS_KEYS = ['same-city', 'same-country', 'near-zone', 'far-zone'] as const;
export const distanceClassSchema = z.enum(DISTANCE_CLASS_KEYS);
export const reportRoleSchema = z.enum(['mentee', 'mentor']);

export const REPORT_TABLES = [
  'enrolment', 'matching', 'requests', 'partnerships', 'end-reasons', 'measures', 'minutes-by-channel', 'fit-checks', 'stalled',
] as const;
export const reportTableSchema = z.enum(REPORT_TABLES);

/**
 * Which part of the program to report on: a cycle (its enrolment-opening to closing dates, and the
 * partnerships that started within them) or a date range (default: the 12 months up to today),
 * not both (400). Narrowed by the pair's distance class (for an open request, the class the pair
 * would have if accepted now) and the respondents' or loggers' side.
 */
export const reportQuery = z
  .object({
    cycleId: z.string().uuid().optional(),
    from: calendarDate.optional(),
    to: calendarDate.optional(),
    distance: distanceClassSchema
      .optional()
      .describe('Pairs of this distance class only; open requests count when their pair would be of it'),
    role: reportRoleSchema.optional().describe('Enrolment, survey answers and logged minutes of this side only'),
  })
  .strict();
export type ReportQuery = z.infer<typeof reportQuery>;

export const reportParams = z.object({ programId: z.string().uuid() });
export const reportTableParams = z.object({ programId: z.string().uuid(), table: reportTableSchema });
export const stalledParams = z.object({ programId: z.string().uuid(), partnershipId: z.string().uuid() });

const int = z.number().int();
const share = z.number().min(0).max(1).nullable().describe('0–1; null when there is nothing to divide by');

const groupStat = z.object({ pairs: int, mean: z.number().nullable() });

/** Distance minus local, with Welch's 95 % interval; relative = distance mean / local mean − 1. */
export const differenceSchema = z.object({
  estimate: z.number(),
  low: z.number(),
  high: z.number(),
  confidence: z.number(),
  relative: z.number().nullable(),
});

export const MEASURE_KEYS = ['meetingsPerMonth', 'minutesPerMonth', 'satisfaction', 'goodFit', 'recommend'] as const;
export const measureSchema = z.object({
  key: z.enum(MEASURE_KEYS).describe(
    'meetingsPerMonth: held meetings per pair per month active in the range · minutesPerMonth: minutes spent per pair per month (held meetings and logged contact, preparation included) · satisfaction: mean 1–5 answer per pair · goodFit: share of fit checks answered "good fit" per pair · recommend: mean 0–10 per pair',
  ),
  overall: groupStat,
  byClass: z.array(groupStat.extend({ distanceClass: distanceClassSchema })),
  local: groupStat.describe('Same-city pairs'),
  distance: groupStat.describe('All other pairs'),
  difference: differenceSchema.nullable().describe('Null with fewer than 2 pairs on either side'),
});
export type MeasureView = z.infer<typeof measureSchema>;

export const reportSchema = z.object({
  programId: z.string(),
  range: z.object({ from: z.string(), to: z.string(), cycleId: z.string().nullable(), cycleName: z.string().nullable() }),
  filters: z.object({ distance: distanceClassSchema.nullable(), role: reportRoleSchema.nullable() }),
  generatedAt: z.string(),
  enrolment: z.array(z.object({
    role: z.enum(['mentee', 'mentor', 'admin']),
    active: int, paused: int, removed: int,
    joinedInRange: int,
    inPartnership: int.describe('Mentors and mentees with a partnership in the range'),
  })),
  matching: z.object({
    mentees: int.describe('Mentees who joined in the range'),
    matched: int,
    medianDaysToMatch: z.number().nullable(),
    matchedWithin14Days: share,
    byClass: z.array(z.object({ distanceClass: distanceClassSchema, matched: int, medianDaysToMatch: z.number().nullable() })),
  }),
  requests: z.object({
    open: int, medianAgeDays: z.number().nullable(), olderThan7Days: int, oldestDays: z.number().nullable(),
    byClass: z.array(z.object({ distanceClass: distanceClassSchema, open: int, medianAgeDays: z.number().nullable() }))
      .describe('By the class the pair would have if the mentor accepted now (places, else the zone gap now)'),
  }).describe('Requests still waiting for their mentor, as of now'),
  partnerships: z.object({
    total: int, active: int, completed: int, endedEarly: int,
    shareAtDistance: share.describe('Pairs not in the same city'),
    byClass: z.array(z.object({ distanceClass: distanceClassSchema, total: int, active: int, completed: int, endedEarly: int, share })),
    endReasons: z.array(z.object({ reason: z.string(), count: int, atDistance: int })),
  }),
  measures: z.array(measureSchema),
  minutesByChannel: z.array(z.object({
    channel: z.enum(['meeting', 'phone', 'email', 'chat', 'in-person', 'other']).describe('meeting: held meetings arranged here and meetings logged by hand'),
    minutes: int, preparationMinutes: int,
    perPair: z.number().describe('Minutes (preparation included) per pair in the range'),
    byClass: z.array(z.object({ distanceClass: distanceClassSchema, perPair: z.number() })),
  })),
  fitChecks: z.object({
    answered: int, goodFit: int, notAFit: int,
    alerts: z.array(z.object({
      responseId: z.string(), partnershipId: z.string(), menteeName: z.string(), mentorName: z.string(),
      side: z.enum(['mentee', 'mentor']), submittedAt: z.string(), rematchOfferedAt: z.string().nullable(),
      partnershipStatus: z.enum(['active', 'completed', 'ended']),
    })).describe('"Not a good fit" answers, newest first'),
  }),
  surveys: z.object({ sent: int, answered: int, responseRate: share }),
  stalled: z.array(z.object({
    partnershipId: z.string(), menteeName: z.string(), mentorName: z.string(), distanceClass: distanceClassSchema,
    startedAt: z.string(),
    lastContactAt: z.string().nullable().describe('Last held meeting, logged contact or message'),
    daysQuiet: int, lastNudgedAt: z.string().nullable(),
  })).describe('Active pairs with no contact for 30 days or more, quietest first'),
});
export type ReportView = z.infer<typeof reportSchema>;

export const reportResponse = z.object({ report: reportSchema });
export const nudgeResponse = z.object({ nudgedAt: z.string() });
