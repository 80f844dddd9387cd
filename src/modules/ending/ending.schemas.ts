import { z } from 'zod';
import { pairSideSchema } from '../partnerships/pair-work';
import { END_REASONS, partnershipSchema } from '../partnerships/partnerships.schemas';

export const partnershipParams = z.object({ partnershipId: z.string().uuid() });

export const endBody = z
  .object({
    reason: z.enum(END_REASONS).describe('completed and goals-met complete the partnership; the others end it early'),
    note: z.string().trim().max(1000, 'Use at most 1000 characters.').default('').describe('A few words to your partner (needed with reason other)'),
  })
  .strict()
  .refine((b) => b.reason !== 'other' || b.note.length > 0, { message: 'Say in a few words why it ends.', path: ['note'] });
export type EndInput = z.infer<typeof endBody>;

export const endResponse = z.object({
  partnership: partnershipSchema,
  cancelledMeetings: z.number().int().describe('Upcoming meetings cancelled (calendars told) and open proposals withdrawn'),
});

export const reflectionBody = z
  .object({
    rating: z.number().int('A whole number from 1 to 5.').min(1, 'From 1 to 5.').max(5, 'From 1 to 5.').describe('How worthwhile it was, 1 (not at all) to 5 (very)'),
    learned: z.string().trim().min(1, 'Say in a sentence or two what you take away.').max(2000, 'Use at most 2000 characters.'),
    wouldRecommend: z.boolean().describe('Would you recommend the program to a friend or colleague?'),
  })
  .strict();
export type ReflectionInput = z.infer<typeof reflectionBody>;

export const reflectionSchema = z.object({
  side: pairSideSchema,
  rating: z.number().int(),
  learned: z.string(),
  wouldRecommend: z.boolean(),
  createdAt: z.string(),
});
export type ReflectionView = z.infer<typeof reflectionSchema>;

export const reflectionResponse = z.object({ reflection: reflectionSchema });
export const reflectionStateResponse = z.object({
  mine: reflectionSchema.nullable().describe('Your reflection, once written; the partner never reads it'),
  partnerReflected: z.boolean().describe('Whether your partner has written theirs (not what they wrote)'),
  canReflect: z.boolean().describe('The partnership has ended and you have not reflected yet'),
});
export type ReflectionStateView = z.infer<typeof reflectionStateResponse>;
