import type { Executor } from '../../db/database';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { newId, newSecret } from '../../server/ids';
import { addMinutes } from '../../shared/clock';
import type { Actor } from '../accounts/actor';
import { emailInvitation } from './invitation-mail';
import * as repo from './invitations.repository';
import {
  presentInvitation,
  presentInvitationListItem,
  presentPublicInvitation,
} from './invitations.presenter';
import type {
  CreateInvitationInput,
  InvitationListItem,
  InvitationView,
  PublicInvitationView,
} from './invitations.schemas';
import { authorize } from './programs.policy';
import { findProgramById, type ProgramRow } from './programs.repository';

export const INVITATION_DAYS = 30;

export async function programOrThrow(db: Executor, programId: string): Promise<ProgramRow> {
  const program = await findProgramById(db, programId);
  if (!program) throw AppError.notFound('Program');
  return program;
}

/** Creates and stores a multi-use join link for one role, valid for 30 days. */
export async function insertNewInvitation(
  trx: Executor,
  ctx: ServiceContext,
  actor: Actor,
  input: { programId: string; role: 'mentor' | 'mentee' },
): Promise<repo.InvitationRow> {
  const now = ctx.clock.now();
  const row: repo.InvitationRow = {
    id: newId(),
    program_id: input.programId,
    // 72 random bits, URL-safe: short enough to read out, far too many to guess.
    code: newSecret(9),
    role: input.role,
    created_by: actor.userId,
    created_at: now.toISOString(),
    expires_at: addMinutes(now, INVITATION_DAYS * 24 * 60).toISOString(),
    revoked_at: null,
    uses: 0,
  };
  await repo.insertInvitation(trx, row);
  return row;
}

/** A join link for a role, emailed to each of `emails` when given. */
export async function createInvitation(
  ctx: ServiceContext,
  actor: Actor,
  input: CreateInvitationInput & { programId: string },
): Promise<{ invitation: InvitationView; emailed: number }> {
  return ctx.db.transaction().execute(async (trx) => {
    await authorize(trx, actor, input.programId, 'invite');
    const program = await programOrThrow(trx, input.programId);
    const invitation = await insertNewInvitation(trx, ctx, actor, input);
    const emailed = await emailInvitation(trx, ctx, {
      invitation,
      programName: program.name,
      inviter: actor,
      invitees: input.emails.map((email) => ({ email, name: null })),
    });
    return { invitation: presentInvitation(invitation, ctx.config), emailed };
  });
}

export async function listInvitations(
  ctx: ServiceContext,
  actor: Actor,
  input: { programId: string },
): Promise<InvitationListItem[]> {
  await authorize(ctx.db, actor, input.programId, 'invite');
  const rows = await repo.listInvitationsOfProgram(ctx.db, input.programId);
  return rows.map((r) => presentInvitationListItem(r, ctx.config));
}

/** Revokes a link: it can no longer be accepted. Revoking twice is harmless. */
export async function revokeInvitation(ctx: ServiceContext, actor: Actor, input: { code: string }): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const invitation = await repo.findInvitationByCode(trx, input.code);
    if (!invitation) throw AppError.notFound('Invitation');
    await authorize(trx, actor, invitation.program_id, 'invite', 'Invitation');
    await repo.revokeInvitation(trx, invitation.id, ctx.clock.now().toISOString());
  });
}

/** What the join page shows before sign-in: anyone holding the code may see it. */
export async function getPublicInvitation(ctx: ServiceContext, input: { code: string }): Promise<PublicInvitationView> {
  const invitation = await repo.findInvitationByCode(ctx.db, input.code);
  if (!invitation) throw AppError.notFound('Invitation');
  const program = await programOrThrow(ctx.db, invitation.program_id);
  return presentPublicInvitation(invitation, program.name, ctx.clock.now());
}
