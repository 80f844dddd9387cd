import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { newId } from '../../server/ids';
import type { Actor } from '../accounts/actor';
import { queueTemplatedEmail } from '../notifications/mail';
import { emailRequestSuperseded } from '../partnerships/request-mail';
import { closeRequest, findPendingRequestsOfMentee } from '../partnerships/requests.repository';
import { insertPartnership } from '../partnerships/partnerships.repository';
import { findProgramById, lockProgram } from '../programs/programs.repository';
import type { PairDetails } from './cohort-run';
import { loadPeople, type PersonInfo } from './match-people';
import * as repo from './runs.repository';
import { presentRun } from './runs.presenter';
import { authorizeRun } from './runs.service';

function clockIn(at: Date, locale: string, zone: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit', timeZone: zone }).format(at);
}

/**
 * Publishes a draft run (admins): in one transaction every proposed pair becomes
 * an active partnership, the matched mentees' pending requests are withdrawn
 * (their mentors told), other drafts are discarded and everyone matched is
 * emailed. If anything changed since the run (someone matched meanwhile, a
 * mentor's places filled), nothing is written and the admin is asked to re-run.
 */
export async function publishRun(ctx: ServiceContext, actor: Actor, input: { runId: string }) {
  const run = await authorizeRun(ctx, actor, input.runId);
  if (run.status !== 'draft') {
    throw new AppError('run_not_draft', run.status === 'published' ? 'This run is already published.' : `Only a draft run can be published; this one is ${run.status}.`);
  }
  const program = (await findProgramById(ctx.db, run.program_id))!;
  const now = ctx.clock.now();
  const at = now.toISOString();
  const created = await ctx.db.transaction().execute(async (trx) => {
    await lockProgram(trx, run.program_id);
    if (!(await repo.transitionRun(trx, run.id, 'draft', 'published', at))) {
      throw new AppError('run_not_draft', 'This run was published or discarded a moment ago.');
    }
    const [pairs, people] = await Promise.all([repo.listPairs(trx, run.id), loadPeople(trx, run.program_id)]);
    const mentors = new Map(people.mentors.map((m) => [m.id, { places: m.capacity - m.activeMentees }]));
    const stale = pairs.filter((p) => {
      const mentor = mentors.get(p.mentor_membership_id);
      const ok = people.info.get(p.mentee_membership_id)?.role === 'mentee' && !people.matched.has(p.mentee_membership_id) && mentor !== undefined && mentor.places > 0;
      if (mentor) mentor.places--;
      return !ok;
    });
    if (stale.length) {
      throw new AppError('stale_run', `${stale.length} of the proposed pairs changed since the run (someone was matched, paused or a mentor’s places filled). Run the matching again.`);
    }
    for (const p of pairs) {
      const d = JSON.parse(p.details) as PairDetails;
      const id = newId();
      await insertPartnership(trx, {
        id,
        program_id: run.program_id,
        mentee_membership_id: p.mentee_membership_id,
        mentor_membership_id: p.mentor_membership_id,
        status: 'active',
        distance_class: d.distanceClass,
        zone_gap_minutes: Math.round(d.zoneGapHours * 60),
        overlap_minutes_per_week: Math.round(d.overlapMinutesPerWeek),
        score: p.score,
        source: 'matching-run',
        request_id: null,
        matching_run_id: run.id,
        started_at: at,
        ended_at: null,
        end_reason: null,
      });
      for (const r of await findPendingRequestsOfMentee(trx, p.mentee_membership_id, '')) {
        if (await closeRequest(trx, r.id, { status: 'superseded', decided_at: at })) await emailRequestSuperseded(trx, ctx, r);
      }
      const mentee = people.info.get(p.mentee_membership_id)!;
      const mentor = people.info.get(p.mentor_membership_id)!;
      await emailMatched(trx, ctx, now, program.name, mentee, mentor, id);
      await emailMatched(trx, ctx, now, program.name, mentor, mentee, id);
    }
    await repo.discardOtherDrafts(trx, run.program_id, run.id);
    return pairs.length;
  });
  return { run: presentRun((await repo.findRun(ctx.db, run.id))!), partnerships: created };
}

function emailMatched(trx: ServiceContext['db'], ctx: ServiceContext, now: Date, programName: string, to: PersonInfo, partner: PersonInfo, partnershipId: string) {
  return queueTemplatedEmail(trx, ctx.clock, { email: to.email, name: to.name, locale: to.locale, timeZone: to.timeZone }, {
    template: 'email.matched',
    values: {
      name: to.name,
      partnerName: partner.name,
      partnerRole: partner.role,
      programName,
      partnerZone: partner.timeZone,
      yourTime: clockIn(now, to.locale, to.timeZone),
      theirTime: clockIn(now, to.locale, partner.timeZone),
    },
    action: { url: `${ctx.config.publicUrl}/partnerships/${partnershipId}` },
    extra: ['next'],
  });
}
