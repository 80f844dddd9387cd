import { z } from 'zod';
import { isMeetingReminderChoice, MAX_MEETING_REMINDERS, MEETING_REMINDER_CHOICES } from '../../shared/meeting-reminders';
import { isKnownTimeZone } from '../../shared/time-zones';

export const email = z
  .string()
  .trim()
  .max(254)
  .email('Enter a valid email address.')
  .transform((e) => e.toLowerCase());

export const timeZone = z
  .string()
  .min(1)
  .refine(isKnownTimeZone, { message: 'Unknown time zone: use an IANA name such as Europe/Dublin.' });

export const locale = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Use a language tag such as en or ar-LB.')
  .max(35);

const password = z
  .string()
  .min(10, 'Use at least 10 characters.')
  .max(200, 'Use at most 200 characters.');

const personName = z.string().trim().min(1, 'Enter your name.').max(120);

const reminderChoices = MEETING_REMINDER_CHOICES.join(', ');

/** Minutes before a meeting to be reminded; [] turns reminders off. */
export const meetingReminders = z
  .array(z.number().int('Use whole minutes.'), 'Give a list of minutes, such as [1440, 60].')
  .max(MAX_MEETING_REMINDERS, `Choose at most ${MAX_MEETING_REMINDERS} reminders.`)
  .refine((leads) => leads.every(isMeetingReminderChoice), `Choose from ${reminderChoices} minutes before.`)
  .refine((leads) => new Set(leads).size === leads.length, 'Choose each reminder once.')
  .transform((leads) => [...leads].sort((a, b) => b - a))
  .describe(`Minutes before a meeting to email a reminder, from ${reminderChoices}; at most ${MAX_MEETING_REMINDERS}; [] for none`);

/** When new messages are emailed: each one while you are not online, one summary each morning, or none. */
export const MESSAGE_EMAIL_CHOICES = ['immediate', 'digest', 'never'] as const;
export const messageEmails = z
  .enum(MESSAGE_EMAIL_CHOICES, 'Choose immediate, digest or never.')
  .describe('Emails about new messages: immediate (each, while you are not online), digest (one each morning) or never');

export const accessibilitySchema = z.object({
  screenReader: z.boolean(),
  reducedMotion: z.boolean(),
  captions: z.boolean(),
  prefersAsync: z.boolean(),
});

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  timeZone: z.string(),
  locale: z.string(),
  accessibility: accessibilitySchema,
  meetingReminders: z.array(z.number().int()).describe('Minutes before a meeting to email a reminder, largest first; [] for none'),
  messageEmails,
  createdAt: z.string(),
});
export type UserView = z.infer<typeof userSchema>;

export const registerBody = z.object({
  email,
  password,
  name: personName,
  timeZone,
  locale: locale.optional(),
});
export type RegisterInput = z.infer<typeof registerBody>;

export const loginBody = z.object({ email, password: z.string().min(1).max(200) });
export type LoginInput = z.infer<typeof loginBody>;

export const settingsBody = z
  .object({
    name: personName.optional(),
    timeZone: timeZone.optional(),
    locale: locale.optional(),
    accessibility: accessibilitySchema.partial().optional(),
    meetingReminders: meetingReminders.optional(),
    messageEmails: messageEmails.optional(),
  })
  .strict();
export type SettingsInput = z.infer<typeof settingsBody>;

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: password,
});

export const resetRequestBody = z.object({ email });
export const resetConfirmBody = z.object({ token: z.string().min(10).max(200), password });

export const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type TokenView = z.infer<typeof tokenSchema>;

export const createTokenBody = z.object({ name: z.string().trim().min(1, 'Name the token.').max(80) });
export const tokenParams = z.object({ tokenId: z.string().uuid() });

export const userResponse = z.object({ user: userSchema });
export const meResponse = z.object({ user: userSchema, csrfToken: z.string().nullable() });
