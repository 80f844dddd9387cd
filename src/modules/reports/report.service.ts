import type { ServiceContext } from '../../server/context';
import type { Actor } from '../accounts/actor';
import { authorize } from '../programs/programs.policy';
import { measuresOf, pairFactsOf } from './report-measures';
import * as pairsRepo from './report-pairs.repository';
import * as peopleRepo from './report-people.repository';
import { resolveRange } from './report-range';
import { enrolmentOf, fitChecksOf, matchingOf, minutesByChannelOf, partnershipsOf, openRequestsOf, requestsOf, surveysOf, contactMinutesOf } from './report-sections';
import type { ReportQuery, ReportView } from './report.schemas';
import { stalledOf, stalledSince } from './stalled.service';

/** The program report for its admins: who enrolled, how matching went, and how pairs fare by distance. */
export async function getProgramReport(ctx: ServiceContext, actor: Actor, programId: string, query: ReportQuery): Promise<ReportView> {
  await authorize(ctx.db, actor, programId, 'viewReports');
  const now = ctx.clock.now();
  const range = await resolveRange(ctx.db, programId, query, now);
  const side = query.role;
  // Independent queries, each grouped per pair in SQL; on PostgreSQL they run side by side on the pool.
  const [pairs, held, logged, answers, requests, fitCounts, alerts, quiet, members, mentees, openRequests] = await Promise.all([
    pairsRepo.listPairsInScope(ctx.db, programId, range, { startedInRange: range.startedInRange, distance: query.distance }),
    pairsRepo.sumHeldMeetingsPerPair(ctx.db, programId, range),
    pairsRepo.sumLoggedTimePerPair(ctx.db, programId, range, side),
    pairsRepo.averageAnswersPerPair(ctx.db, programId, range, side),
    pairsRepo.countSurveyRequestsPerPair(ctx.db, programId, range, side),
    pairsRepo.countFitChecksPerPair(ctx.db, programId, range, side),
    peopleRepo.listNotAFitAnswers(ctx.db, programId, range, side),
    peopleRepo.listActivePairsWithLastContact(ctx.db, programId, { now: now.toISOString(), startedBy: stalledSince(now) }),
    peopleRepo.countMembershipsByRoleAndStatus(ctx.db, programId, range),
    peopleRepo.listMenteesJoinedWithPartnerships(ctx.db, programId, range),
    peopleRepo.listOpenRequests(ctx.db, programId),
  ]);
  const inScope = new Set(pairs.map((p) => p.id));
  const ofScope = <T extends { partnershipId: string }>(rows: T[]) => rows.filter((r) => inScope.has(r.partnershipId));
  const contact = ofScope(contactMinutesOf(held, logged));

  return {
    programId,
    range: { from: range.from, to: range.to, cycleId: range.cycleId, cycleName: range.cycleName },
    filters: { distance: query.distance ?? null, role: query.role ?? null },
    generatedAt: now.toISOString(),
    enrolment: enrolmentOf(members, pairs, query.role),
    matching: matchingOf(mentees, query.distance),
    requests: requestsOf(openRequestsOf(openRequests, now), now, query.distance),
    partnerships: partnershipsOf(pairs),
    measures: measuresOf(pairFactsOf(pairs, { range, now, held, contact, answers })),
    minutesByChannel: minutesByChannelOf(pairs, contact),
    fitChecks: fitChecksOf(ofScope(fitCounts), alerts.filter((a) => inScope.has(a.partnership_id))),
    surveys: surveysOf(ofScope(requests)),
    stalled: stalledOf(quiet, inScope, now),
  };
}
