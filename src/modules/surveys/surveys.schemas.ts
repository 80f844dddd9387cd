import { z } from 'zod';
import { pairSideSchema } from '../partnerships/pair-work';

export const SURVEY_TRIGGERS = ['first-meeting', 'every-n-weeks', 'partnership-end', 'cycle-end'] as const;
export const SURVEY_AUDIENCES = ['both', 'mentee', 'mentor'] as const;
export const QUESTION_KINDS = ['rating', 'yes-no', 'single', 'multiple', 'text', 'recommend'] as const;
export const SURVEY_MEASURES = ['satisfaction', 'fit', 'recommend'] as const;

export const surveyTriggerSchema = z.enum(SURVEY_TRIGGERS);
export const surveyAudienceSchema = z.enum(SURVEY_AUDIENCES);
export const questionKindSchema = z.enum(QUESTION_KINDS);
export const surveyMeasureSchema = z.enum(SURVEY_MEASURES);

export const surveyParams = z.object({ programId: z.string().uuid(), surveyId: z.string().uuid() });
export const surveyRequestParams = z.object({ requestId: z.string().uuid() });
export const fitAlertParams = z.object({ programId: z.string().uuid(), responseId: z.string().uuid() });

const option = z.string().trim().min(1, 'Name the option.').max(120, 'Use at most 120 characters.');

/**
 * A question as an admin writes it. Rules checked by the service (400 with the field):
 * single/multiple need 2–12 distinct options, other kinds none; measure satisfaction needs kind
 * rating, fit needs yes-no, recommend needs recommend; at most one question per measure.
 */
export const questionInput = z
  .object({
    id: z.string().uuid().optional().describe('Keep the id of an existing question when editing'),
    kind: questionKindSchema.describe('rating 1–5 · yes-no · single choice · multiple choice · free text · recommend 0–10'),
    prompt: z.string().trim().min(1, 'Write the question.').max(300, 'Use at most 300 characters.'),
    options: z.array(option).max(12, 'At most 12 options.').default([]),
    required: z.boolean().default(true),
    measure: surveyMeasureSchema.nullable().default(null).describe('What the answer feeds in the program report'),
  })
  .strict();
export type QuestionInput = z.infer<typeof questionInput>;

export const surveyInput = z
  .object({
    title: z.string().trim().min(1, 'Name the survey.').max(120, 'Use at most 120 characters.'),
    intro: z.string().trim().max(1000, 'Use at most 1000 characters.').default(''),
    trigger: surveyTriggerSchema,
    everyWeeks: z.number().int('Whole weeks.').min(1, 'At least 1 week.').max(52, 'At most 52 weeks.').nullable().default(null)
      .describe('Required for every-n-weeks, else null'),
    audience: surveyAudienceSchema.default('both'),
    active: z.boolean().default(true),
    questions: z.array(questionInput).min(1, 'Add at least one question.').max(30, 'At most 30 questions.'),
  })
  .strict();
export type SurveyInput = z.infer<typeof surveyInput>;

export const questionSchema = z.object({
  id: z.string(),
  kind: questionKindSchema,
  prompt: z.string(),
  options: z.array(z.string()),
  required: z.boolean(),
  measure: surveyMeasureSchema.nullable(),
});
export type QuestionView = z.infer<typeof questionSchema>;

export const surveySchema = z.object({
  id: z.string(),
  programId: z.string(),
  title: z.string(),
  intro: z.string(),
  trigger: surveyTriggerSchema,
  everyWeeks: z.number().int().nullable(),
  audience: surveyAudienceSchema,
  active: z.boolean(),
  questions: z.array(questionSchema),
  sent: z.number().int().describe('People asked so far'),
  answered: z.number().int().describe('Responses so far; once there is one, the questions are locked'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SurveyView = z.infer<typeof surveySchema>;

export const surveyResponse = z.object({ survey: surveySchema });
export const surveysResponse = z.object({ surveys: z.array(surveySchema) });

/** An answer's value, by kind: rating and recommend a number, yes-no a boolean, single an option, multiple options, text a string; null leaves an optional question out. */
export const answerValue = z.union([z.number(), z.boolean(), z.string().max(5000, 'Use at most 5000 characters.'), z.array(z.string())]).nullable();
export type AnswerValue = z.infer<typeof answerValue>;

export const answerBody = z
  .object({
    answers: z
      .array(z.object({ questionId: z.string().uuid(), value: answerValue }).strict())
      .max(30)
      .describe('One per question at most; required questions must be there (else 400 with the field answers.N.value or answers)'),
  })
  .strict();
export type AnswerInput = z.infer<typeof answerBody>;

/** A survey someone is asked to answer about a partnership. */
export const surveyRequestSchema = z.object({
  id: z.string(),
  surveyId: z.string(),
  programId: z.string(),
  programName: z.string(),
  partnershipId: z.string(),
  partnerName: z.string(),
  side: pairSideSchema,
  title: z.string(),
  intro: z.string(),
  occasion: z.string(),
  sentAt: z.string(),
  closesAt: z.string(),
  answeredAt: z.string().nullable(),
  questions: z.array(questionSchema),
});
export type SurveyRequestView = z.infer<typeof surveyRequestSchema>;

export const surveyRequestResponse = z.object({ request: surveyRequestSchema });
export const surveyRequestsResponse = z.object({ requests: z.array(surveyRequestSchema).describe('Open surveys, oldest first') });

export const submittedResponse = z.object({
  responseId: z.string(),
  notAFit: z.boolean().describe('The answer said "not a good fit": the admins were told and the mentee is offered a new match'),
});

export const answerSchema = z.object({ questionId: z.string(), value: answerValue });

/** One response as the program's admins see it (never the partner). */
export const responseSchema = z.object({
  id: z.string(),
  submittedAt: z.string(),
  side: pairSideSchema,
  respondentName: z.string(),
  partnershipId: z.string(),
  menteeName: z.string(),
  mentorName: z.string(),
  distanceClass: z.enum(['same-city', 'same-country', 'near-zone', 'far-zone']),
  occasion: z.string(),
  answers: z.array(answerSchema),
});
export type ResponseView = z.infer<typeof responseSchema>;

/** Per question: how many answered, the mean (numbers), and counts per value (choices, yes/no, ratings). */
export const questionSummarySchema = z.object({
  questionId: z.string(),
  answered: z.number().int(),
  mean: z.number().nullable(),
  counts: z.array(z.object({ value: z.string(), count: z.number().int() })),
});

export const responsesQuery = z.object({
  side: pairSideSchema.optional(),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date as YYYY-MM-DD.').optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date as YYYY-MM-DD.').optional(),
});

export const responsesResponse = z.object({
  survey: surveySchema,
  summary: z.array(questionSummarySchema),
  responses: z.array(responseSchema).describe('Newest first'),
});

export const rematchResponse = z.object({ rematchOfferedAt: z.string().describe('When the mentee was offered a new match') });
