import type { Executor } from '../../db/database';
import type { ServiceContext } from '../../server/context';
import { newId } from '../../server/ids';
import type { Actor } from '../accounts/actor';
import { queueTemplatedEmail } from '../notifications/mail';
import { insertRecipients, type InvitationRow } from './invitations.repository';
import { invitationUrl } from './invitations.presenter';
import { findUsersByEmails } from './members.repository';

export interface Invitee {
  /** Lower-case. */
  email: string;
  name: string | null;
}

/**
 * Records each invitee on the invitation and queues their invitation email,
 * in the caller's transaction so the rows and the mail commit together.
 * People who already have an account get it in their language and zone;
 * others see times in UTC.
 */
export async function emailInvitation(
  trx: Executor,
  ctx: ServiceContext,
  args: { invitation: InvitationRow; programName: string; inviter: Actor; invitees: Invitee[] },
): Promise<number> {
  const { invitation, invitees } = args;
  const now = ctx.clock.now().toISOString();
  await insertRecipients(
    trx,
    invitees.map((i) => ({ id: newId(), invitation_id: invitation.id, email: i.email, name: i.name, created_at: now, accepted_at: null })),
  );
  const accounts = await findUsersByEmails(trx, invitees.map((i) => i.email));
  const url = invitationUrl(ctx.config, invitation.code);
  for (const invitee of invitees) {
    const account = accounts.get(invitee.email);
    const name = invitee.name ?? account?.name ?? null;
    await queueTemplatedEmail(
      trx,
      ctx.clock,
      { email: invitee.email, name, locale: account?.locale ?? args.inviter.locale, timeZone: account?.time_zone ?? 'UTC' },
      {
        template: 'email.invitation',
        values: { inviterName: args.inviter.name, programName: args.programName, role: invitation.role, name: name ?? 'none' },
        times: { expiresAt: new Date(invitation.expires_at) },
        action: { url },
      },
    );
  }
  return invitees.length;
}
