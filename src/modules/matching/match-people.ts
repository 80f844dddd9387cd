import { CompiledMentors } from '../../core/matching/cohort';
import type { MatchMentor, MatchPerson } from '../../core/matching/types';
import type { WeeklyWindow } from '../../core/time/types';
import type { Executor } from '../../db/database';
import { parseJsonArray } from '../profiles/profiles.presenter';
import * as repo from './matching.repository';

export interface PersonInfo {
  membershipId: string;
  userId: string;
  role: 'mentor' | 'mentee';
  name: string;
  email: string;
  locale: string;
  timeZone: string;
  headline: string;
  cityName: string | null;
  country: string | null;
  channels: string[];
  topicLabels: string[];
}

export interface ProgramPeople {
  mentees: MatchPerson[];
  mentors: MatchMentor[];
  info: Map<string, PersonInfo>;
  /** Mentees with an active partnership. */
  matched: Set<string>;
}

type Topic = { topic: string; label: string };

/** A participant row as the matching core sees them; a missing profile reads as empty. */
export function toMatchPerson(r: repo.ParticipantRow, topics: Topic[]): MatchPerson {
  return {
    id: r.membership_id,
    topics: topics.map((t) => t.topic),
    topicLabels: Object.fromEntries(topics.map((t) => [t.topic, t.label])),
    languages: parseJsonArray<string>(r.languages),
    timeZone: r.time_zone,
    cityId: r.city_id,
    cityName: r.city_name,
    country: r.country,
    latitude: r.latitude,
    longitude: r.longitude,
    availability: parseJsonArray<WeeklyWindow>(r.availability),
  };
}

export function toMatchMentor(r: repo.ParticipantRow, topics: Topic[], activeMentees: number): MatchMentor {
  return {
    ...toMatchPerson(r, topics),
    capacity: r.capacity ?? 0,
    activeMentees,
    preferences: {
      languages: parseJsonArray<string>(r.pref_languages),
      maxZoneGapHours: r.max_zone_gap_hours ?? null,
      openToInPerson: r.open_to_in_person === 1,
    },
  };
}

/** Everyone matching works on in a program, read in three queries (never one per person). */
export async function loadPeople(db: Executor, programId: string): Promise<ProgramPeople> {
  const [rows, topics, pairs] = await Promise.all([
    repo.listParticipants(db, programId),
    repo.listTopicsOfProgram(db, programId),
    repo.listActivePairs(db, programId),
  ]);
  const topicsOf = new Map<string, Topic[]>();
  for (const t of topics) topicsOf.set(t.membership_id, [...(topicsOf.get(t.membership_id) ?? []), t]);
  const active = new Map<string, number>();
  for (const p of pairs) active.set(p.mentor_membership_id, (active.get(p.mentor_membership_id) ?? 0) + 1);
  const people: ProgramPeople = { mentees: [], mentors: [], info: new Map(), matched: new Set(pairs.map((p) => p.mentee_membership_id)) };
  for (const r of rows) {
    const mine = topicsOf.get(r.membership_id) ?? [];
    const role = r.role as 'mentor' | 'mentee';
    people.info.set(r.membership_id, {
      membershipId: r.membership_id,
      userId: r.user_id,
      role,
      name: r.name,
      email: r.email,
      locale: r.locale,
      timeZone: r.time_zone,
      headline: r.headline ?? '',
      cityName: r.city_name,
      country: r.country,
      channels: parseJsonArray<string>(r.channels),
      topicLabels: mine.map((t) => t.label),
    });
    if (role === 'mentee') people.mentees.push(toMatchPerson(r, mine));
    else people.mentors.push(toMatchMentor(r, mine, active.get(r.membership_id) ?? 0));
  }
  return people;
}

export interface Pair {
  mentee: repo.ParticipantRow;
  mentor: repo.ParticipantRow;
  menteeMatch: MatchPerson;
  mentorMatch: MatchMentor;
}

/** One mentee and one mentor as the matching core sees them, in two queries; undefined when either does not exist. */
export async function loadPair(db: Executor, menteeId: string, mentorId: string, activeMentees: number): Promise<Pair | undefined> {
  const [rows, topics] = await Promise.all([repo.findParticipants(db, [menteeId, mentorId]), repo.findTopics(db, [menteeId, mentorId])]);
  const mentee = rows.find((r) => r.membership_id === menteeId);
  const mentor = rows.find((r) => r.membership_id === mentorId);
  if (!mentee || !mentor) return undefined;
  const topicsOf = (id: string) => topics.filter((t) => t.membership_id === id);
  return { mentee, mentor, menteeMatch: toMatchPerson(mentee, topicsOf(menteeId)), mentorMatch: toMatchMentor(mentor, topicsOf(mentorId), activeMentees) };
}

/** The coming four weeks, starting at the current UTC day (so a day's requests share one compilation). */
export function horizonStart(now: Date): number {
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}

interface CacheEntry {
  key: string;
  people: ProgramPeople;
  compiled: CompiledMentors;
  /** Each mentor's place in name order, for stable tie-breaks without string compares per request. */
  nameRank: Int32Array;
}
const cache = new Map<string, CacheEntry>();
const CACHE_PROGRAMS = 16;

/**
 * People and compiled mentors of a program, rebuilt only when the program's
 * matching data changed (checked with one cheap query) or the day turned.
 */
export async function compiledProgram(db: Executor, programId: string, now: Date): Promise<CacheEntry> {
  const fromMs = horizonStart(now);
  const key = `${await repo.matchingVersion(db, programId)}@${fromMs}`;
  const hit = cache.get(programId);
  if (hit?.key === key) return hit;
  const people = await loadPeople(db, programId);
  const collator = new Intl.Collator('en');
  const order = people.mentors.map((_, j) => j).sort((a, b) => collator.compare(people.info.get(people.mentors[a]!.id)!.name, people.info.get(people.mentors[b]!.id)!.name));
  const nameRank = new Int32Array(people.mentors.length);
  order.forEach((j, rank) => (nameRank[j] = rank));
  const entry = { key, people, compiled: new CompiledMentors(people.mentors, fromMs, 4), nameRank };
  cache.delete(programId);
  cache.set(programId, entry);
  if (cache.size > CACHE_PROGRAMS) cache.delete(cache.keys().next().value!);
  return entry;
}
