import type { ServiceContext } from '../../server/context';
import type { Actor } from '../accounts/actor';
import { parseInvitationCsv, type CsvInvitee } from './invitation-csv';
import { emailInvitation } from './invitation-mail';
import type { ImportResult } from './invitations.schemas';
import { insertNewInvitation, programOrThrow } from './invitations.service';
import { findParticipantRolesByEmail } from './members.repository';
import { authorize } from './programs.policy';

/**
 * Invites the people of a CSV: one new link per role, emailed to each valid
 * row. Invalid rows, repeats and people already mentor or mentee here are
 * reported by row and never block the rest. All of it commits at once or not at all.
 */
export async function importInvitations(
  ctx: ServiceContext,
  actor: Actor,
  input: { programId: string; csv: string },
): Promise<ImportResult> {
  return ctx.db.transaction().execute(async (trx) => {
    await authorize(trx, actor, input.programId, 'invite');
    const program = await programOrThrow(trx, input.programId);
    const { invitees, errors } = parseInvitationCsv(input.csv);

    const existing = await findParticipantRolesByEmail(trx, input.programId, invitees.map((i) => i.email));
    const accepted: CsvInvitee[] = [];
    for (const invitee of invitees) {
      const roles = existing.get(invitee.email);
      if (roles) errors.push({ row: invitee.row, field: 'email', message: `Already a ${roles.join(' and ')} in this program.` });
      else accepted.push(invitee);
    }

    for (const role of ['mentor', 'mentee'] as const) {
      const group = accepted.filter((i) => i.role === role);
      if (group.length === 0) continue;
      const invitation = await insertNewInvitation(trx, ctx, actor, { programId: input.programId, role });
      await emailInvitation(trx, ctx, {
        invitation,
        programName: program.name,
        inviter: actor,
        invitees: group.map((i) => ({ email: i.email, name: i.name })),
      });
    }
    return {
      imported: accepted.map(({ row, email, name, role }) => ({ row, email, name, role })),
      errors: errors.sort((a, b) => a.row - b.row),
    };
  });
}
