import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { InvitationRecipientsTable, InvitationsTable } from '../../db/schema';

export type InvitationRow = Selectable<InvitationsTable>;

export async function insertInvitation(db: Executor, row: Insertable<InvitationsTable>): Promise<void> {
  await db.insertInto('invitations').values(row).execute();
}

export function findInvitationByCode(db: Executor, code: string): Promise<InvitationRow | undefined> {
  return db.selectFrom('invitations').selectAll().where('code', '=', code).executeTakeFirst();
}

/** The program's invitations, newest first, with how many people each was emailed to. */
export async function listInvitationsOfProgram(db: Executor, programId: string) {
  const rows = await db
    .selectFrom('invitations')
    .selectAll('invitations')
    .select((eb) =>
      eb
        .selectFrom('invitation_recipients')
        .select((e) => e.fn.countAll<string | number>().as('n'))
        .whereRef('invitation_recipients.invitation_id', '=', 'invitations.id')
        .as('recipients'),
    )
    .where('program_id', '=', programId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, uses: Number(r.uses), recipients: Number(r.recipients ?? 0) }));
}

/** Revokes once; a second call keeps the first revocation time. */
export async function revokeInvitation(db: Executor, id: string, at: string): Promise<void> {
  await db.updateTable('invitations').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

export async function countInvitationUse(db: Executor, id: string): Promise<void> {
  await db
    .updateTable('invitations')
    .set((eb) => ({ uses: eb('uses', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function insertRecipients(db: Executor, rows: Insertable<InvitationRecipientsTable>[]): Promise<void> {
  // 100 rows × 6 columns stays under SQLite's bound-parameter limit.
  for (let i = 0; i < rows.length; i += 100) {
    await db.insertInto('invitation_recipients').values(rows.slice(i, i + 100)).execute();
  }
}

export async function markRecipientAccepted(db: Executor, invitationId: string, email: string, at: string): Promise<void> {
  await db
    .updateTable('invitation_recipients')
    .set({ accepted_at: at })
    .where('invitation_id', '=', invitationId)
    .where('email', '=', email)
    .where('accepted_at', 'is', null)
    .execute();
}

/** The people an invitation was emailed to, in the order they were added. */
export function listRecipientsOfInvitation(db: Executor, invitationId: string) {
  return db
    .selectFrom('invitation_recipients')
    .select(['email', 'name', 'accepted_at'])
    .where('invitation_id', '=', invitationId)
    .orderBy('created_at')
    .orderBy('email')
    .execute();
}
