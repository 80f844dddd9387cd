import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type { ServiceContext } from '../../server/context';
import { hashPassword } from '../accounts/passwords';
import { DEMO_PASSWORD, demoAdmin, demoPeople } from './demo-people';
import * as repo from './demo.repository';
import { DEMO_TOPICS, demoProfile } from './demo-profiles';
import { DEFAULT_WEIGHTS, type MatchMentor, type MatchPerson } from '../../core/matching/types';
import type { Executor } from '../../db/database';
import { pairSnapshot } from '../partnerships/pair-snapshot';
import { seedDemoHub } from './demo-hub';
import { seedDemoMeetings, type DemoPair } from './demo-meetings';
import { seedCurrentPairs } from './demo-current-pairs';
import type { DemoCast } from './demo-cast';
import { PAST_CYCLE, pastJoinedAt, seedPastCycle } from './demo-past-cycle';
import { DemoSurveyRows } from './demo-surveys';
import { insertPartnership } from '../partnerships/partnerships.repository';
import { insertRequest } from '../partnerships/requests.repository';
import { cityById } from '../profiles/cities';
import { replaceProgramTopics, replaceTopics, upsertProfile } from '../profiles/profiles.repository';
import { normaliseTopics } from '../profiles/topics';

export const DEMO_PROGRAM_NAME = 'Global Engineering Mentoring (demo)';

/** Stable ids, so the demo is the same on every machine and seeding is idempotent. */
export function demoId(key: string): string {
  const h = createHash('sha256').update(`meridian-demo:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const DEMO_PROGRAM_ID = demoId('program');

const people = demoPeople();
const demoMentor = people.find((p) => p.role === 'mentor' && p.city === 'San Francisco')!;
/** Cycle 1's enrolment opened this many days before the seed; its pairs formed at its mentoring start, 35 days ago. */
const CURRENT_ENROLMENT_OPENS = -45;
const demoMentee = people.find((p) => p.role === 'mentee' && p.city === 'Beirut')!;

/** The documented sign-ins (README and start-up banner). */
export const DEMO_SIGN_INS = [
  { role: 'admin', name: demoAdmin.name, email: demoAdmin.email, password: DEMO_PASSWORD },
  { role: 'mentor', name: demoMentor.name, email: demoMentor.email, password: DEMO_PASSWORD },
  { role: 'mentee', name: demoMentee.name, email: demoMentee.email, password: DEMO_PASSWORD },
];

/**
 * Creates the demo program with its admin, 40 mentors and 60 mentees in one
 * transaction. Returns false when it already exists. People who already have
 * an account (same email) are enrolled as they are.
 */
export async function seedDemoProgram(ctx: ServiceContext): Promise<boolean> {
  if (await repo.programExists(ctx.db, DEMO_PROGRAM_ID)) return false;
  const now = ctx.clock.now().toISOString();
  // Everyone shares one password, so hash it once instead of a hundred times.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const everyone = [{ ...demoAdmin, role: 'admin' as const }, ...people];
  const today = DateTime.fromJSDate(ctx.clock.now(), { zone: 'UTC' }).startOf('day');
  const day = (offset: number) => today.plus({ days: offset }).toISODate()!;
  // Cycle 0's people joined during its enrolment; everyone else in Cycle 1's first days, before its pairs formed.
  const pastJoined = pastJoinedAt(ctx.clock.now());
  const currentJoined = (i: number) => today.plus({ days: CURRENT_ENROLMENT_OPENS + (i % 5), hours: 8 + (i % 9) }).toISO()!;
  const joined = new Map(everyone.map((p, i) => [p.key, pastJoined.get(p.key) ?? currentJoined(i)]));
  const joinedAt = { get: (key: string) => joined.get(key) };

  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.findUserIdsByEmail(trx, everyone.map((p) => p.email));
    await repo.insertUsers(
      trx,
      everyone
        .filter((p) => !existing.has(p.email))
        .map((p) => ({
          id: demoId(`user:${p.key}`),
          email: p.email,
          name: p.name,
          password_hash: passwordHash,
          time_zone: p.timeZone,
          locale: 'en',
          a11y_screen_reader: p === demoMentee ? 1 : 0,
          a11y_reduced_motion: 0,
          a11y_captions: 0,
          prefers_async: 0,
          created_at: joinedAt.get(p.key) ?? now,
          updated_at: joinedAt.get(p.key) ?? now,
        })),
    );
    const userId = (p: { key: string; email: string }) => existing.get(p.email) ?? demoId(`user:${p.key}`);
    await repo.insertProgram(trx, {
      id: DEMO_PROGRAM_ID,
      name: DEMO_PROGRAM_NAME,
      description:
        'A global engineering mentoring program: mentors and mentees in fourteen cities from San Francisco to Sydney. ' +
        'Most pairs work at a distance, across time zones. This demo program is here to explore: sign in as its admin, a mentor or a mentee.',
      created_by: userId(demoAdmin),
      created_at: now,
      updated_at: now,
    });
    await repo.insertCycles(trx, [
      {
        id: demoId('cycle:past'),
        program_id: DEMO_PROGRAM_ID,
        name: PAST_CYCLE.name,
        enrolment_opens_on: day(PAST_CYCLE.enrolmentOpens),
        matching_starts_on: day(PAST_CYCLE.matchingStarts),
        mentoring_starts_on: day(PAST_CYCLE.mentoringStarts),
        closes_on: day(PAST_CYCLE.closes),
        created_at: now,
      },
      {
        id: demoId('cycle:current'),
        program_id: DEMO_PROGRAM_ID,
        name: 'Cycle 1',
        enrolment_opens_on: day(CURRENT_ENROLMENT_OPENS),
        matching_starts_on: day(CURRENT_ENROLMENT_OPENS + 7),
        mentoring_starts_on: day(CURRENT_ENROLMENT_OPENS + 10),
        closes_on: day(CURRENT_ENROLMENT_OPENS + 10 + 26 * 7),
        created_at: now,
      },
    ]);
    await repo.insertMemberships(
      trx,
      everyone.map((p) => ({
        id: demoId(`membership:${p.key}`),
        program_id: DEMO_PROGRAM_ID,
        user_id: userId(p),
        role: p.role,
        status: 'active' as const,
        created_at: joinedAt.get(p.key) ?? now,
        updated_at: joinedAt.get(p.key) ?? now,
      })),
    );
    const cast = await seedProfilesAndPairs(trx, ctx, userId);
    // A completed past cycle, a stalled current pair and survey answers: the report is rich on first start.
    const surveys = await DemoSurveyRows.create(trx, DEMO_PROGRAM_ID, userId(demoAdmin), ctx.clock.now(), demoId);
    await seedPastCycle(trx, cast, demoId('cycle:past'), surveys);
    await seedCurrentPairs(trx, cast, surveys);
    await surveys.save(trx);
  });
  return true;
}

/**
 * Every demo participant gets a complete profile (city, languages, topics,
 * availability), the program its topic taxonomy, and the program some life:
 * five active partnerships and pending requests in the demo mentor's inbox.
 */
async function seedProfilesAndPairs(trx: Executor, ctx: ServiceContext, userId: (p: { key: string; email: string }) => string): Promise<DemoCast> {
  const now = ctx.clock.now();
  const at = now.toISOString();
  await replaceProgramTopics(trx, DEMO_PROGRAM_ID, normaliseTopics(DEMO_TOPICS));
  const match = new Map<string, MatchPerson | MatchMentor>();
  const owners = new Map<string, string>();
  const counters = { mentor: 0, mentee: 0 };
  for (const p of people) {
    const index = counters[p.role]++;
    const d = demoProfile(p, index);
    const membershipId = demoId(`membership:${p.key}`);
    owners.set(p.key, userId(p));
    const capacity = p === demoMentor ? 3 : d.capacity;
    const isDemoMentee = p === demoMentee;
    await upsertProfile(trx, {
      membership_id: membershipId,
      program_id: DEMO_PROGRAM_ID,
      user_id: userId(p),
      headline: d.headline,
      bio: d.bio,
      city_id: d.cityId,
      city_name: cityById(d.cityId)?.name ?? p.city,
      country: p.country,
      latitude: cityById(d.cityId)?.latitude ?? null,
      longitude: cityById(d.cityId)?.longitude ?? null,
      languages: JSON.stringify(d.languages),
      channels: JSON.stringify(d.channels),
      availability: JSON.stringify(d.availability),
      capacity,
      pref_languages: '[]',
      max_zone_gap_hours: null,
      open_to_in_person: d.openToInPerson ? 1 : 0,
      accessibility_needs: isDemoMentee ? 'I use a screen reader (NVDA). Please share documents as accessible text, not images, and describe what you show on screen.' : '',
      share_accessibility: isDemoMentee ? 1 : 0,
      created_at: at,
      updated_at: at,
    });
    const topics = normaliseTopics(d.topics);
    await replaceTopics(trx, membershipId, topics);
    const city = cityById(d.cityId);
    const person: MatchPerson = {
      id: membershipId,
      topics: topics.map((t) => t.topic),
      languages: d.languages,
      timeZone: p.timeZone,
      cityId: d.cityId,
      cityName: city?.name ?? p.city,
      country: p.country,
      latitude: city?.latitude ?? null,
      longitude: city?.longitude ?? null,
      availability: d.availability,
    };
    match.set(p.key, p.role === 'mentor' ? { ...person, capacity, activeMentees: 0, preferences: { languages: [], maxZoneGapHours: null, openToInPerson: d.openToInPerson } } : person);
  }
  // Five partnerships among people the documented sign-ins are not, so the demo mentee still has
  // choices, and one for the demo mentor (with room for the requests in their inbox).
  const pairKeys: [string, string][] = [[`mentee-2`, demoMentor.key]];
  for (let k = 10; k < 15; k++) pairKeys.push([`mentee-${k}`, `mentor-${k}`]);
  const meetingPairs: DemoPair[] = [];
  const current: DemoCast['current'] = [];
  const startedAt = now.getTime() - 35 * 24 * 3600_000;
  for (const [menteeKey, mentorKey] of pairKeys) {
    const mentee = match.get(menteeKey)!;
    const mentor = match.get(mentorKey)! as MatchMentor;
    const snap = pairSnapshot(mentee, mentor, DEFAULT_WEIGHTS, now);
    const partnershipId = demoId(menteeKey === 'mentee-2' ? 'partnership:demo-mentor' : `partnership:${menteeKey.slice(7)}`);
    await insertPartnership(trx, {
      id: partnershipId,
      program_id: DEMO_PROGRAM_ID,
      mentee_membership_id: mentee.id,
      mentor_membership_id: mentor.id,
      status: 'active',
      distance_class: snap.distanceClass,
      zone_gap_minutes: snap.zoneGapMinutes,
      overlap_minutes_per_week: snap.overlapMinutesPerWeek,
      score: snap.score,
      source: 'matching-run',
      request_id: null,
      matching_run_id: null,
      started_at: new Date(startedAt).toISOString(),
      ended_at: null,
      end_reason: null,
    });
    current.push({ key: menteeKey, partnershipId, menteeKey, mentorKey, startedAt, distanceClass: snap.distanceClass, firstHeld: null });
    meetingPairs.push({
      key: menteeKey,
      partnershipId,
      programId: DEMO_PROGRAM_ID,
      createdBy: owners.get(menteeKey)!,
      mentee: { timeZone: mentee.timeZone, windows: [...mentee.availability] },
      mentor: { timeZone: mentor.timeZone, windows: [...mentor.availability] },
      firstCancelled: menteeKey === demoMentee.key,
    });
  }
  const firstHeld = await seedDemoMeetings(trx, ctx.config, meetingPairs, now, demoId);
  for (const c of current) c.firstHeld = firstHeld.get(c.key) ?? null;
  await seedDemoHub(
    trx,
    { partnershipId: demoId('partnership:demo-mentor'), menteeUserId: owners.get('mentee-2')!, mentorUserId: owners.get(demoMentor.key)! },
    now,
    demoId,
  );
  // Pending requests: three for the demo mentor to answer, one between two other people.
  const expires = new Date(now.getTime() + 7 * 24 * 3600_000).toISOString();
  const requests: [string, string, string][] = [
    ['mentee-1', demoMentor.key, 'Hello! I am moving from QA into backend work and would love guidance on system design and career steps.'],
    ['mentee-5', demoMentor.key, 'Hi, your experience with platform teams is exactly what I hope to learn. Could we work together this cycle?'],
    ['mentee-8', demoMentor.key, 'I am preparing for my first tech-lead role and would value a mentor who has done it.'],
    ['mentee-3', 'mentor-1', 'Hello, I am a junior backend developer. I would love to learn system design with you; my evenings suit me best.'],
  ];
  for (const [menteeKey, mentorKey, message] of requests) {
    await insertRequest(trx, {
      id: demoId(`request:${menteeKey}:${mentorKey}`),
      program_id: DEMO_PROGRAM_ID,
      mentee_membership_id: demoId(`membership:${menteeKey}`),
      mentor_membership_id: demoId(`membership:${mentorKey}`),
      message,
      status: 'pending',
      decline_reason: null,
      decline_note: null,
      created_at: at,
      expires_at: expires,
      decided_at: null,
    });
  }
  return { config: ctx.config, now, programId: DEMO_PROGRAM_ID, match, owners, demoId, current, demoMenteeKey: demoMentee.key };
}
