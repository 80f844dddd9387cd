import { z } from 'zod';

export const roleSchema = z.enum(['admin', 'mentor', 'mentee']);
export const participantRoleSchema = z.enum(['mentor', 'mentee']);

export const programParams = z.object({ programId: z.string().uuid() });

/** A calendar date as 'YYYY-MM-DD' that exists (no 2026-02-30). */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date as YYYY-MM-DD.')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'This date does not exist.');

export const cycleSchema = z.object({
  id: z.string(),
  name: z.string(),
  enrolmentOpensOn: z.string(),
  matchingStartsOn: z.string(),
  mentoringStartsOn: z.string(),
  closesOn: z.string(),
});
export type CycleView = z.infer<typeof cycleSchema>;

export const programSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  createdAt: z.string(),
  myRoles: z.array(roleSchema).describe('My roles here (active or paused memberships)'),
  counts: z
    .object({ admins: z.number().int(), mentors: z.number().int(), mentees: z.number().int() })
    .describe('Active and paused members per role'),
  cycles: z.array(cycleSchema).describe('Ordered by enrolmentOpensOn'),
});
export type ProgramView = z.infer<typeof programSchema>;

const programName = z.string().trim().min(1, 'Name the program.').max(120, 'Use at most 120 characters.');
const programDescription = z.string().trim().max(5000, 'Use at most 5000 characters.');

export const createProgramBody = z.object({ name: programName, description: programDescription.default('') });
export type CreateProgramInput = z.infer<typeof createProgramBody>;

export const updateProgramBody = z.object({ name: programName.optional(), description: programDescription.optional() }).strict();
export type UpdateProgramInput = z.infer<typeof updateProgramBody>;

export const programResponse = z.object({ program: programSchema });
export const programsResponse = z.object({ programs: z.array(programSchema) });

/** Body of 204 answers, for the OpenAPI document. */
export const noContent = z.null().describe('No content');
