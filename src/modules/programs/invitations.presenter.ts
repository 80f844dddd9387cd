import type { Config } from '../../server/config';
import type { InvitationRow } from './invitations.repository';
import type { InvitationListItem, InvitationView, PublicInvitationView } from './invitations.schemas';

export const invitationUrl = (config: Pick<Config, 'publicUrl'>, code: string): string => `${config.publicUrl}/join/${code}`;

/** Usable means neither revoked nor past its expiry. */
export const isUsable = (i: InvitationRow, now: Date): boolean => i.revoked_at === null && new Date(i.expires_at) > now;

export function presentInvitation(i: InvitationRow, config: Pick<Config, 'publicUrl'>): InvitationView {
  return {
    code: i.code,
    url: invitationUrl(config, i.code),
    role: i.role,
    programId: i.program_id,
    createdAt: i.created_at,
    expiresAt: i.expires_at,
  };
}

export function presentInvitationListItem(
  i: InvitationRow & { recipients: number },
  config: Pick<Config, 'publicUrl'>,
): InvitationListItem {
  return { ...presentInvitation(i, config), uses: i.uses, revokedAt: i.revoked_at, recipients: i.recipients };
}

export function presentPublicInvitation(i: InvitationRow, programName: string, now: Date): PublicInvitationView {
  return { code: i.code, role: i.role, programId: i.program_id, programName, valid: isUsable(i, now) };
}
