import { z } from 'zod';
import { breakdownSchema, reasonSchema, weightsSchema } from './matching.schemas';

export const modeSchema = z.enum(['best-total', 'most-matched']);
export const createRunBody = z.object({
  mode: modeSchema.describe('best-total maximises the sum of scores; most-matched first matches as many mentees as possible'),
  weights: weightsSchema.optional().describe('Defaults to the program’s matching settings'),
});

const person = z.object({ membershipId: z.string(), name: z.string(), timeZone: z.string() });

export const runSchema = z.object({
  id: z.string(),
  programId: z.string(),
  mode: modeSchema,
  weights: weightsSchema,
  status: z.enum(['running', 'draft', 'published', 'failed', 'discarded']),
  stage: z.string(),
  progress: z.number(),
  totalScore: z.number().nullable(),
  matched: z.number().int().nullable(),
  proof: z.object({ rounds: z.number(), candidatePairs: z.number(), maxReducedValue: z.number() }).nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
export type RunView = z.infer<typeof runSchema>;

export const runPairSchema = z.object({
  mentee: person,
  mentor: person,
  score: z.number(),
  pinned: z.boolean(),
  breakdown: breakdownSchema,
  reasons: z.array(reasonSchema),
  overlapMinutesPerWeek: z.number(),
  distanceClass: z.enum(['same-city', 'same-country', 'near-zone', 'far-zone']),
  zoneGapHours: z.number(),
});

export const unmatchedSchema = z.object({ membershipId: z.string(), name: z.string(), role: z.enum(['mentor', 'mentee']), reason: z.string() });

export const runParams = z.object({ runId: z.string().uuid() });
export const programParams = z.object({ programId: z.string().uuid() });
export const runResponse = z.object({ run: runSchema });
export const runDetailResponse = z.object({ run: runSchema, pairs: z.array(runPairSchema), unmatched: z.array(unmatchedSchema) });
export const runsResponse = z.object({ runs: z.array(runSchema) });

export const constraintBody = z.object({ menteeId: z.string().uuid(), mentorId: z.string().uuid(), kind: z.enum(['pin', 'forbid']) });
export const constraintParams = z.object({ programId: z.string().uuid(), menteeId: z.string().uuid(), mentorId: z.string().uuid() });
export const constraintSchema = z.object({
  mentee: z.object({ membershipId: z.string(), name: z.string() }),
  mentor: z.object({ membershipId: z.string(), name: z.string() }),
  kind: z.enum(['pin', 'forbid']),
  createdAt: z.string(),
});
export const constraintsResponse = z.object({ constraints: z.array(constraintSchema) });
