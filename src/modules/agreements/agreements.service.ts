import { DateTime } from 'luxon';
import { isUniqueViolation } from '../../db/errors';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { newId } from '../../server/ids';
import type { Actor } from '../accounts/actor';
import { requirePair, todayIn } from '../partnerships/pair-work';
import { emailAgreementConfirmed } from './agreement-mail';
import { changedFields, presentAgreement, presentVersions, versionFields } from './agreements.presenter';
import * as repo from './agreements.repository';
import type { AgreementInput, AgreementVersionView, AgreementView } from './agreements.schemas';

const changedMeanwhile = (current: number) =>
  new AppError('agreement_changed', `The agreement changed while you were reading it: version ${current} is the current one. Read it again first.`);

/** The current version, the one both sides agreed to last, and who has still to confirm. */
export async function getAgreement(ctx: ServiceContext, actor: Actor, partnershipId: string): Promise<AgreementView> {
  const { p, side } = await requirePair(ctx, actor, partnershipId);
  return presentAgreement(await repo.listVersions(ctx.db, p.id), side);
}

/** Every version, newest first, each with what changed from the one before. */
export async function listAgreementVersions(ctx: ServiceContext, actor: Actor, partnershipId: string): Promise<AgreementVersionView[]> {
  const { p } = await requirePair(ctx, actor, partnershipId);
  return presentVersions(await repo.listVersions(ctx.db, p.id));
}

/**
 * The mentee drafts or changes the agreement. A change is a new version that nobody has confirmed
 * yet, so what both confirmed before stays on record and a change needs both again. Saving the
 * same content again changes nothing (confirmations are kept).
 */
export async function saveAgreement(ctx: ServiceContext, actor: Actor, partnershipId: string, input: AgreementInput): Promise<AgreementView> {
  const now = ctx.clock.now();
  const today = todayIn(actor.timeZone, now);
  const latest = DateTime.fromISO(today, { zone: 'utc' }).plus({ years: 2 }).toISODate()!;
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const { p, side } = await requirePair(ctx, actor, partnershipId, { write: true, db: trx });
      if (side !== 'mentee') {
        throw AppError.forbidden('The mentee drafts the agreement: tell them what you would change, then confirm the version you agree with.');
      }
      if (input.endsOn <= today) throw AppError.field('validation_failed', 'endsOn', 'Choose an end date after today.');
      if (input.endsOn > latest) throw AppError.field('validation_failed', 'endsOn', 'Choose an end date at most two years from today.');
      const current = await repo.findCurrentVersion(trx, p.id);
      if (current && changedFields(versionFields(current), input).length === 0) return;
      await repo.insertVersion(trx, {
        id: newId(),
        partnership_id: p.id,
        version: current ? Number(current.version) + 1 : 1,
        goals: input.goals,
        meeting_frequency: input.meetingFrequency,
        meeting_length_minutes: input.meetingLengthMinutes,
        channels: JSON.stringify(input.channels),
        confidentiality: input.confidentiality,
        ends_on: input.endsOn,
        created_by: actor.userId,
        created_at: now.toISOString(),
        mentee_confirmed_at: null,
        mentor_confirmed_at: null,
      });
    });
  } catch (err) {
    // Two saves at once: the unique (partnership, version) index lets one through.
    if (isUniqueViolation(err)) throw changedMeanwhile(Number((await repo.findCurrentVersion(ctx.db, partnershipId))?.version ?? 0));
    throw err;
  }
  return presentAgreement(await repo.listVersions(ctx.db, partnershipId), 'mentee');
}

/**
 * One side confirms the version they read (only the current one); the other side is emailed:
 * to confirm it too, or that both have now agreed. Confirming again changes nothing.
 */
export async function confirmAgreement(ctx: ServiceContext, actor: Actor, partnershipId: string, input: { version: number }): Promise<AgreementView> {
  const side = await ctx.db.transaction().execute(async (trx) => {
    const { p, side } = await requirePair(ctx, actor, partnershipId, { write: true, db: trx });
    const current = await repo.findCurrentVersion(trx, p.id);
    if (!current) throw AppError.field('validation_failed', 'version', 'There is no agreement to confirm yet: the mentee drafts it first.');
    if (input.version > Number(current.version)) throw AppError.field('validation_failed', 'version', `There is no version ${input.version}.`);
    if (input.version !== Number(current.version)) throw changedMeanwhile(Number(current.version));
    if (await repo.confirmVersion(trx, p.id, input.version, side, ctx.clock.now().toISOString())) {
      await emailAgreementConfirmed(trx, ctx, p, (await repo.findCurrentVersion(trx, p.id))!, side);
    }
    return side;
  });
  return presentAgreement(await repo.listVersions(ctx.db, partnershipId), side);
}
