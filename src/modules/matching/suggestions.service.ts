import { OverlapMemo, compileMentee, scoreRow, type CompiledMentee, type CompiledMentors } from '../../core/matching/cohort';
import { baseLanguage, explainPair } from '../../core/matching/score';
import type { MatchPerson, MatchWeights } from '../../core/matching/types';
import { weekBand } from '../../core/time/band';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import type { Actor } from '../accounts/actor';
import { authorize } from '../programs/programs.policy';
import { topicKey } from '../profiles/topics';
import { compiledProgram, type ProgramPeople } from './match-people';
import * as repo from './matching.repository';
import type { MentorCard, SearchQuery } from './matching.schemas';
import { renderReasons } from './reasons';
import { settingsOf } from './settings.service';

interface Ranking {
  people: ProgramPeople;
  nameRank: Int32Array;
  compiled: CompiledMentors;
  me: MatchPerson;
  mine: CompiledMentee;
  weights: MatchWeights;
  /** Score per mentor index, NaN where a hard filter rules the pair out. */
  scores: Float32Array;
  overlap: Float64Array;
  marks: Map<string, 'bookmark' | 'hide'>;
  requested: Set<string>;
}

/** Scores every mentor of the program for the actor, who must be an active mentee there. */
async function rank(ctx: ServiceContext, actor: Actor, programId: string): Promise<Ranking> {
  const memberships = await authorize(ctx.db, actor, programId, 'view');
  const mentee = memberships.find((m) => m.role === 'mentee');
  if (!mentee) throw AppError.forbidden('Mentor suggestions are for the program’s mentees.');
  const [{ people, compiled, nameRank }, settings, marks, pending] = await Promise.all([
    compiledProgram(ctx.db, programId, ctx.clock.now()),
    settingsOf(ctx.db, programId),
    repo.listMarks(ctx.db, mentee.id),
    repo.listPendingRequestMentors(ctx.db, mentee.id),
  ]);
  const me = people.mentees.find((p) => p.id === mentee.id);
  if (!me) throw AppError.forbidden('Your membership is paused: suggestions come back when an admin resumes it.');
  const mine = compileMentee(compiled, me);
  const scores = new Float32Array(compiled.count);
  const memo = new OverlapMemo(compiled);
  scoreRow(compiled, mine, { weights: settings.weights, ignoreCapacity: false }, memo, scores);
  return {
    people,
    nameRank,
    compiled,
    me,
    mine,
    weights: settings.weights,
    scores,
    overlap: memo.row(mine.availability),
    marks: new Map(marks.map((m) => [m.mentor_membership_id, m.kind])),
    requested: new Set(pending.map((p) => p.mentor_membership_id)),
  };
}

function card(actor: Actor, r: Ranking, j: number): MentorCard {
  const mentor = r.compiled.mentors[j]!;
  const info = r.people.info.get(mentor.id)!;
  const menteeIntervals = r.compiled.intervals[r.mine.availability]!;
  const mentorIntervals = r.compiled.intervals[r.compiled.availability[j]!]!;
  const x = explainPair(r.me, mentor, {
    weights: r.weights,
    menteeIntervals,
    mentorIntervals,
    weeks: r.compiled.weeks,
    zoneGapHours: r.compiled.gapHours(r.mine.zone, r.compiled.zone[j]!),
    viewerZone: r.me.timeZone,
  });
  return {
    mentorId: mentor.id,
    userId: info.userId,
    name: info.name,
    headline: info.headline,
    city: info.cityName,
    country: info.country,
    timeZone: info.timeZone,
    languages: [...mentor.languages],
    topics: info.topicLabels,
    channels: info.channels as MentorCard['channels'],
    score: x.excludedBy ? null : x.score,
    breakdown: x.breakdown,
    reasons: renderReasons(x.reasons, { locale: actor.locale, timeZone: r.me.timeZone, who: 'mentee' }),
    excludedBy: x.excludedBy,
    overlapMinutesPerWeek: x.overlapMinutesPerWeek,
    week: { timeZone: r.me.timeZone, days: weekBand(menteeIntervals, mentorIntervals, r.me.timeZone, r.compiled.fromMs / 60_000) },
    distanceClass: x.distanceClass,
    zoneGapHours: x.zoneGapHours,
    remainingCapacity: Math.max(0, mentor.capacity - mentor.activeMentees),
    openToInPerson: mentor.preferences.openToInPerson,
    bookmarked: r.marks.get(mentor.id) === 'bookmark',
    hidden: r.marks.get(mentor.id) === 'hide',
    requested: r.requested.has(mentor.id),
  };
}

/** Best score first; excluded pairs (NaN) last; ties in name order, so the order is stable. */
function byScore(r: Ranking) {
  const { scores, nameRank } = r;
  return (a: number, b: number) => {
    const sa = scores[a]!;
    const sb = scores[b]!;
    const na = sa !== sa;
    const nb = sb !== sb;
    if (na !== nb) return na ? 1 : -1;
    if (!na && sa !== sb) return sb - sa;
    return nameRank[a]! - nameRank[b]!;
  };
}

/** The k first of `ids` in comparator order, without sorting all of them. */
function topK(ids: number[], k: number, compare: (a: number, b: number) => number): number[] {
  if (ids.length <= k * 4) return ids.sort(compare).slice(0, k);
  const best: number[] = [];
  for (const id of ids) {
    if (best.length === k && compare(id, best[k - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && compare(id, best[at - 1]!) < 0) at--;
    best.splice(at, 0, id);
    if (best.length > k) best.pop();
  }
  return best;
}

/** Ranked mentors for a mentee, with reasons; hidden mentors and pairs a hard filter rules out are left out. */
export async function suggestMentors(ctx: ServiceContext, actor: Actor, input: { programId: string; limit: number }): Promise<MentorCard[]> {
  const r = await rank(ctx, actor, input.programId);
  const hidden = new Set<number>();
  if (r.marks.size) r.compiled.mentors.forEach((m, j) => r.marks.get(m.id) === 'hide' && hidden.add(j));
  const ids: number[] = [];
  for (let j = 0; j < r.compiled.count; j++) if (r.scores[j] === r.scores[j] && !hidden.has(j)) ids.push(j);
  return topK(ids, input.limit, byScore(r)).map((j) => card(actor, r, j));
}

/** Mentor search with filters; every mentor of the program can be found, ruled-out ones say why. */
export async function searchMentors(
  ctx: ServiceContext,
  actor: Actor,
  input: SearchQuery & { programId: string },
): Promise<{ mentors: MentorCard[]; total: number }> {
  const r = await rank(ctx, actor, input.programId);
  const q = input.q?.toLowerCase();
  const topic = input.topic ? topicKey(input.topic) : undefined;
  const language = input.language ? baseLanguage(input.language) : undefined;
  const country = input.country?.toUpperCase();
  const ids: number[] = [];
  r.compiled.mentors.forEach((m, j) => {
    const info = r.people.info.get(m.id)!;
    const mark = r.marks.get(m.id);
    if (mark === 'hide' && !input.includeHidden) return;
    if (input.bookmarked && mark !== 'bookmark') return;
    if (q && !info.name.toLowerCase().includes(q) && !info.headline.toLowerCase().includes(q)) return;
    if (topic && !m.topics.includes(topic)) return;
    if (language && !m.languages.some((l) => baseLanguage(l) === language)) return;
    if (country && m.country !== country) return;
    if (input.hasCapacity && m.capacity - m.activeMentees <= 0) return;
    if (input.minOverlap !== undefined && r.overlap[r.compiled.availability[j]!]! < input.minOverlap) return;
    ids.push(j);
  });
  return { mentors: topK(ids, input.limit, byScore(r)).map((j) => card(actor, r, j)), total: ids.length };
}

/** Bookmark or hide a mentor (the mentee's own list), or clear the mark. */
export async function markMentor(
  ctx: ServiceContext,
  actor: Actor,
  input: { programId: string; mentorId: string; kind: 'bookmark' | 'hide' | null },
): Promise<void> {
  const memberships = await authorize(ctx.db, actor, input.programId, 'view');
  const mentee = memberships.find((m) => m.role === 'mentee' && m.status !== 'removed');
  if (!mentee) throw AppError.forbidden('Only mentees keep bookmarks of mentors.');
  const { people } = await compiledProgram(ctx.db, input.programId, ctx.clock.now());
  if (people.info.get(input.mentorId)?.role !== 'mentor') throw AppError.notFound('Mentor');
  await ctx.db.transaction().execute((trx) =>
    input.kind
      ? repo.setMark(trx, mentee.id, input.mentorId, input.kind, ctx.clock.now().toISOString())
      : repo.clearMark(trx, mentee.id, input.mentorId),
  );
}
