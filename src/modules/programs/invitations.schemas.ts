import { z } from 'zod';
import { email } from '../accounts/accounts.schemas';
import { participantRoleSchema } from './programs.schemas';

export const invitationCode = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'This is not an invitation code.');
export const invitationParams = z.object({ code: invitationCode });

export const invitationSchema = z.object({
  code: z.string(),
  url: z.string().describe('The shareable join link'),
  role: participantRoleSchema,
  programId: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type InvitationView = z.infer<typeof invitationSchema>;

export const invitationListItemSchema = invitationSchema.extend({
  uses: z.number().int().describe('How many people joined with it'),
  revokedAt: z.string().nullable(),
  recipients: z.number().int().describe('How many people it was emailed to'),
});
export type InvitationListItem = z.infer<typeof invitationListItemSchema>;

export const publicInvitationSchema = z.object({
  code: z.string(),
  role: participantRoleSchema,
  programId: z.string(),
  programName: z.string(),
  valid: z.boolean().describe('False once expired or revoked'),
});
export type PublicInvitationView = z.infer<typeof publicInvitationSchema>;

export const createInvitationBody = z.object({
  role: participantRoleSchema,
  emails: z
    .array(email)
    .max(500, 'Invite at most 500 people at once; use the CSV import for more.')
    .optional()
    .describe('People to email the link to; duplicates (in any case) are sent one email')
    .transform((list) => [...new Set(list ?? [])]),
});
export type CreateInvitationInput = z.infer<typeof createInvitationBody>;

export const createInvitationResponse = z.object({
  invitation: invitationSchema,
  code: z.string(),
  url: z.string(),
  emailed: z.number().int(),
});

export const invitationsResponse = z.object({ invitations: z.array(invitationListItemSchema) });
export const publicInvitationResponse = z.object({ invitation: publicInvitationSchema });

export const importBody = z
  .union([z.string(), z.object({ csv: z.string() })])
  .describe(
    'Send `Content-Type: text/csv` with the file as the body, or JSON `{ "csv": "…" }`. The first row is a header ' +
      'naming the columns email, name and role (any order and case; other columns are ignored); at most 5000 data rows.',
  );

export const importResponse = z.object({
  imported: z
    .array(z.object({ row: z.number().int(), email: z.string(), name: z.string(), role: participantRoleSchema }))
    .describe('Rows invited: each person is emailed the link of their role (one new link per role per import)'),
  errors: z
    .array(z.object({ row: z.number().int(), field: z.string(), message: z.string() }))
    .describe(
      'Rows left out and why. Row 1 is the first data row (the header is not counted); blank lines are skipped but counted, ' +
        'so numbers match a spreadsheet’s rows minus the header.',
    ),
});
export type ImportResult = z.infer<typeof importResponse>;
