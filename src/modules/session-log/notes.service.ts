import type { Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { NoteVisibility, PairSide, PartnershipNotesTable } from '../../db/schema';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { newId } from '../../server/ids';
import type { Actor } from '../accounts/actor';
import { findMeeting } from '../meetings/meetings.repository';
import { requirePair } from '../partnerships/pair-work';
import type { PartnershipRow } from '../partnerships/partnerships.repository';
import * as repo from './notes.repository';
import type { CreateNoteInput, NoteView, UpdateNoteInput } from './notes.schemas';

// Notes on the partnership or on one meeting. Shared notes are the pair's record of what was said
// (the agenda, the mentee's, is the shared page before a meeting); private notes are for their
// author alone: the repository only ever returns them to their author, and to anyone else a
// private note does not exist (404), the partner and the program's admins included.

function present(n: repo.NoteRow, p: PartnershipRow, side: PairSide): NoteView {
  return {
    id: n.id,
    partnershipId: n.partnership_id,
    meetingId: n.meeting_id,
    visibility: n.visibility,
    body: n.body,
    author: n.author_side,
    authorName: n.author_side === 'mentee' ? p.mentee_name : p.mentor_name,
    mine: n.author_side === side,
    createdAt: n.created_at,
    updatedAt: n.updated_at,
  };
}

/** The meeting a note is about: this pair's; a shared note waits until the meeting has started. */
async function checkMeeting(ctx: ServiceContext, db: Executor, p: PartnershipRow, meetingId: string, visibility: NoteVisibility): Promise<void> {
  const m = await findMeeting(db, meetingId);
  if (!m || m.partnership_id !== p.id) throw AppError.field('validation_failed', 'meetingId', 'No meeting of this partnership has this id.');
  if (visibility !== 'shared') return;
  const started = m.start_at !== null && Date.parse(m.start_at) <= ctx.clock.now().getTime();
  if (!started || m.status === 'cancelled' || m.status === 'proposed') {
    throw AppError.field(
      'validation_failed',
      'visibility',
      'Shared notes are for after a meeting has started; before it, the agenda is the shared page. Keep this note private for now.',
    );
  }
}

export async function listNotes(ctx: ServiceContext, actor: Actor, partnershipId: string, q: { meetingId?: string | undefined }): Promise<NoteView[]> {
  const { p, side } = await requirePair(ctx, actor, partnershipId);
  return (await repo.listNotesFor(ctx.db, p.id, actor.userId, q.meetingId)).map((n) => present(n, p, side));
}

export async function createNote(ctx: ServiceContext, actor: Actor, partnershipId: string, input: CreateNoteInput): Promise<NoteView> {
  const now = ctx.clock.now().toISOString();
  const id = newId();
  return ctx.db.transaction().execute(async (trx) => {
    const { p, side } = await requirePair(ctx, actor, partnershipId, { write: true, db: trx });
    if (input.meetingId) await checkMeeting(ctx, trx, p, input.meetingId, input.visibility);
    await repo.insertNote(trx, {
      id,
      partnership_id: p.id,
      meeting_id: input.meetingId ?? null,
      author_user_id: actor.userId,
      author_side: side,
      visibility: input.visibility,
      body: input.body,
      created_at: now,
      updated_at: now,
    });
    return present((await repo.findNoteFor(trx, id, actor.userId))!, p, side);
  });
}

/** A note the actor wrote: a shared one of the partner's is refused (403), anything else is not found. */
async function requireOwnNote(trx: Executor, ctx: ServiceContext, actor: Actor, noteId: string) {
  const n = await repo.findNoteFor(trx, noteId, actor.userId);
  const { p, side } = await requirePair(ctx, actor, n?.partnership_id, { write: true, db: trx, what: 'Note' });
  if (n!.author_user_id !== actor.userId) throw AppError.forbidden('Only the person who wrote this note can change it.');
  return { n: n!, p, side };
}

export async function updateNote(ctx: ServiceContext, actor: Actor, noteId: string, input: UpdateNoteInput): Promise<NoteView> {
  return ctx.db.transaction().execute(async (trx) => {
    const { n, p, side } = await requireOwnNote(trx, ctx, actor, noteId);
    if (input.visibility === 'shared' && n.meeting_id) await checkMeeting(ctx, trx, p, n.meeting_id, 'shared');
    const patch: Updateable<PartnershipNotesTable> = { updated_at: ctx.clock.now().toISOString() };
    if (input.body !== undefined) patch.body = input.body;
    if (input.visibility !== undefined) patch.visibility = input.visibility;
    await repo.updateNote(trx, n.id, patch);
    return present((await repo.findNoteFor(trx, n.id, actor.userId))!, p, side);
  });
}

export async function deleteNote(ctx: ServiceContext, actor: Actor, noteId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const { n } = await requireOwnNote(trx, ctx, actor, noteId);
    await repo.deleteNote(trx, n.id);
  });
}
