import { z } from 'zod';
import { localDate, pairSideSchema } from '../partnerships/pair-work';

export const MEETING_FREQUENCIES = ['weekly', 'fortnightly', 'monthly', 'as-needed'] as const;
export const AGREEMENT_CHANNELS = ['video', 'phone', 'in-person', 'chat', 'email'] as const;
/** The fields of a version, in the order a "what changed" list names them. */
export const AGREEMENT_FIELDS = ['goals', 'meetingFrequency', 'meetingLengthMinutes', 'channels', 'confidentiality', 'endsOn'] as const;

export const partnershipParams = z.object({ partnershipId: z.string().uuid() });

export const agreementBody = z
  .object({
    goals: z.string().trim().min(1, 'Say what the mentee wants to achieve.').max(5000, 'Use at most 5000 characters.'),
    meetingFrequency: z.enum(MEETING_FREQUENCIES).describe('How often the pair means to meet'),
    meetingLengthMinutes: z
      .number()
      .int('Whole minutes.')
      .min(15, 'At least 15 minutes.')
      .max(240, 'At most 240 minutes (4 hours).')
      .refine((n) => n % 15 === 0, 'Use a multiple of 15 minutes.'),
    channels: z
      .array(z.enum(AGREEMENT_CHANNELS))
      .min(1, 'Choose at least one way to keep in touch.')
      .refine((cs) => new Set(cs).size === cs.length, 'Name each channel once.'),
    confidentiality: z.string().trim().min(1, 'Say what stays between the two of you.').max(2000, 'Use at most 2000 characters.'),
    endsOn: localDate.describe('The last day of the mentoring, YYYY-MM-DD'),
  })
  .strict();
export type AgreementInput = z.infer<typeof agreementBody>;

export const confirmAgreementBody = z
  .object({ version: z.number().int().min(1).describe('The version you read and agree to: only the current one can be confirmed') })
  .strict();

export const agreementVersionSchema = z.object({
  version: z.number().int(),
  goals: z.string(),
  meetingFrequency: z.enum(MEETING_FREQUENCIES),
  meetingLengthMinutes: z.number().int(),
  channels: z.array(z.enum(AGREEMENT_CHANNELS)),
  confidentiality: z.string(),
  endsOn: z.string(),
  createdAt: z.string(),
  confirmedAt: z.object({ mentee: z.string().nullable(), mentor: z.string().nullable() }).describe('When each side confirmed this version'),
  agreed: z.boolean().describe('Both sides confirmed this version'),
  changed: z.array(z.enum(AGREEMENT_FIELDS)).describe('Fields that differ from the previous version (all of them for version 1)'),
});
export type AgreementVersionView = z.infer<typeof agreementVersionSchema>;

export const agreementResponse = z.object({
  current: agreementVersionSchema.nullable().describe('The latest version; null until the mentee drafts one'),
  agreed: agreementVersionSchema.nullable().describe('The latest version both sides confirmed: what is in force'),
  awaiting: z.array(pairSideSchema).describe('Who has still to confirm the current version'),
  viewerSide: pairSideSchema,
});
export type AgreementView = z.infer<typeof agreementResponse>;

export const agreementVersionsResponse = z.object({ versions: z.array(agreementVersionSchema).describe('Newest first') });
