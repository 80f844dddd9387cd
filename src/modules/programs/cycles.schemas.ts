import { z } from 'zod';
import { calendarDate, cycleSchema } from './programs.schemas';

export const cycleParams = z.object({ cycleId: z.string().uuid() });

export const cycleFields = {
  name: z.string().trim().min(1, 'Name the cycle.').max(120, 'Use at most 120 characters.'),
  enrolmentOpensOn: calendarDate,
  matchingStartsOn: calendarDate,
  mentoringStartsOn: calendarDate,
  closesOn: calendarDate,
};

export const createCycleBody = z
  .object(cycleFields)
  .describe('Dates must be in order: enrolmentOpensOn ≤ matchingStartsOn ≤ mentoringStartsOn < closesOn (else 422).');
export type CycleInput = z.infer<typeof createCycleBody>;

export const updateCycleBody = z
  .object(cycleFields)
  .partial()
  .strict()
  .describe('Any subset of the fields; the merged cycle must keep its dates in order (else 422).');
export type CycleUpdate = z.infer<typeof updateCycleBody>;

export const cycleResponse = z.object({ cycle: cycleSchema });
