import { z } from 'zod';
import { localDate, pairSideSchema, someField, someFieldMessage } from '../partnerships/pair-work';

export const GOAL_STATUSES = ['not-started', 'in-progress', 'achieved', 'dropped'] as const;
export const MAX_GOALS = 20;
export const MAX_MILESTONES = 20;

export const goalParams = z.object({ goalId: z.string().uuid() });
export const milestoneParams = z.object({ milestoneId: z.string().uuid() });
export const actionItemParams = z.object({ actionItemId: z.string().uuid() });

const title = z.string().trim().min(1, 'Give it a short title.').max(200, 'Use at most 200 characters.');
const description = z.string().trim().max(5000, 'Use at most 5000 characters.');

const milestoneBody = z.object({ title, dueOn: localDate.nullable().optional().describe('YYYY-MM-DD') }).strict();
export type MilestoneInput = z.infer<typeof milestoneBody>;

export const createGoalBody = z
  .object({
    title,
    description: description.default(''),
    status: z.enum(GOAL_STATUSES).default('not-started'),
    milestones: z.array(milestoneBody).max(MAX_MILESTONES, `At most ${MAX_MILESTONES} milestones.`).default([]),
  })
  .strict();
export type CreateGoalInput = z.infer<typeof createGoalBody>;

export const updateGoalBody = z
  .object({ title: title.optional(), description: description.optional(), status: z.enum(GOAL_STATUSES).optional() })
  .strict()
  .refine(someField, someFieldMessage);
export type UpdateGoalInput = z.infer<typeof updateGoalBody>;

export const createMilestoneBody = milestoneBody;
export const updateMilestoneBody = z
  .object({ title: title.optional(), dueOn: localDate.nullable().optional(), done: z.boolean().optional() })
  .strict()
  .refine(someField, someFieldMessage);
export type UpdateMilestoneInput = z.infer<typeof updateMilestoneBody>;

export const milestoneSchema = z.object({
  id: z.string(),
  goalId: z.string(),
  title: z.string(),
  dueOn: z.string().nullable(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  overdue: z.boolean().describe('Not done and due before today on the viewer’s clock'),
});

export const goalSchema = z.object({
  id: z.string(),
  partnershipId: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.enum(GOAL_STATUSES),
  createdBy: pairSideSchema,
  achievedAt: z.string().nullable(),
  milestones: z.array(milestoneSchema).describe('By due date, undated last'),
  progress: z.object({ done: z.number().int(), total: z.number().int() }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type GoalView = z.infer<typeof goalSchema>;
export type MilestoneView = z.infer<typeof milestoneSchema>;

export const goalResponse = z.object({ goal: goalSchema });
export const goalsResponse = z.object({ goals: z.array(goalSchema).describe('In the order they were set') });

// ---- Action items -----------------------------------------------------------------------------

const itemText = z.string().trim().min(1, 'Say what is to be done.').max(1000, 'Use at most 1000 characters.');

export const createActionItemBody = z
  .object({
    text: itemText,
    owner: pairSideSchema.optional().describe('Who does it; default the side writing it down'),
    dueOn: localDate.nullable().optional(),
    meetingId: z.string().uuid().nullable().optional().describe('The meeting it came out of, one of this pair’s'),
  })
  .strict();
export type CreateActionItemInput = z.infer<typeof createActionItemBody>;

export const updateActionItemBody = z
  .object({ text: itemText.optional(), owner: pairSideSchema.optional(), dueOn: localDate.nullable().optional(), done: z.boolean().optional() })
  .strict()
  .refine(someField, someFieldMessage);
export type UpdateActionItemInput = z.infer<typeof updateActionItemBody>;

export const actionItemsQuery = z.object({
  meetingId: z.string().uuid().optional().describe('Only the items from this meeting'),
  done: z.enum(['true', 'false']).transform((s) => s === 'true').optional().describe('Only done (true) or open (false) items'),
});

export const actionItemSchema = z.object({
  id: z.string(),
  partnershipId: z.string(),
  meetingId: z.string().nullable(),
  text: z.string(),
  owner: pairSideSchema,
  ownerName: z.string(),
  dueOn: z.string().nullable(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  doneBy: pairSideSchema.nullable(),
  overdue: z.boolean().describe('Open and due before today on the viewer’s clock'),
  createdBy: pairSideSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ActionItemView = z.infer<typeof actionItemSchema>;

export const actionItemResponse = z.object({ actionItem: actionItemSchema });
export const actionItemsResponse = z.object({ actionItems: z.array(actionItemSchema).describe('Open first by due date, then done, latest first') });
