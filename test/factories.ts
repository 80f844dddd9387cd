/**
 * Test data through the same services and repositories the app uses. Each
 * factory takes overrides and creates whatever parent it is not given.
 */
import { insertUser } from '../src/modules/accounts/accounts.repository';
import type { Actor } from '../src/modules/accounts/actor';
import { hashPassword } from '../src/modules/accounts/passwords';
import * as cycles from '../src/modules/programs/cycles.service';
import * as invitations from '../src/modules/programs/invitations.service';
import { insertMembership } from '../src/modules/programs/members.repository';
import * as programs from '../src/modules/programs/programs.service';
import * as profiles from '../src/modules/profiles/profiles.service';
import { acceptRequest } from '../src/modules/partnerships/request-acceptance.service';
import * as requests from '../src/modules/partnerships/requests.service';
import type { MeetingChannel, MeetingStatus, MembershipStatus, Role } from '../src/db/schema';
import type { ServiceContext } from '../src/server/context';
import { newId } from '../src/server/ids';

/** Every factory user signs in with this password. */
export const FACTORY_PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | undefined;
let seq = 0;

export interface TestUser {
  id: string;
  email: string;
  name: string;
  timeZone: string;
  locale?: string;
}

export interface ProgramRef {
  id: string;
  name: string;
  admin: TestUser;
}

export function actorFor(user: TestUser): Actor {
  return { userId: user.id, email: user.email, name: user.name, timeZone: user.timeZone, locale: user.locale ?? 'en', via: 'session' };
}

export async function createUser(
  ctx: ServiceContext,
  overrides: Partial<{ email: string; name: string; timeZone: string; locale: string }> = {},
): Promise<TestUser> {
  seq++;
  const now = ctx.clock.now().toISOString();
  passwordHash ??= hashPassword(FACTORY_PASSWORD);
  const user = {
    id: newId(),
    email: (overrides.email ?? `factory${seq}-${Math.random().toString(36).slice(2, 8)}@example.org`).toLowerCase(),
    name: overrides.name ?? `Factory Person ${seq}`,
    timeZone: overrides.timeZone ?? 'Europe/Lisbon',
    locale: overrides.locale ?? 'en',
  };
  await insertUser(ctx.db, {
    id: user.id,
    email: user.email,
    name: user.name,
    password_hash: await passwordHash,
    time_zone: user.timeZone,
    locale: user.locale,
    a11y_screen_reader: 0,
    a11y_reduced_motion: 0,
    a11y_captions: 0,
    prefers_async: 0,
    created_at: now,
    updated_at: now,
  });
  return user;
}

export async function createProgram(
  ctx: ServiceContext,
  overrides: Partial<{ admin: TestUser; name: string; description: string }> = {},
): Promise<ProgramRef> {
  const admin = overrides.admin ?? (await createUser(ctx));
  const program = await programs.createProgram(ctx, actorFor(admin), {
    name: overrides.name ?? `Program ${++seq}`,
    description: overrides.description ?? '',
  });
  return { id: program.id, name: program.name, admin };
}

export async function createMembership(
  ctx: ServiceContext,
  overrides: { program?: ProgramRef; user?: TestUser; role: Role; status?: MembershipStatus },
): Promise<{ id: string; program: ProgramRef; user: TestUser; role: Role }> {
  const program = overrides.program ?? (await createProgram(ctx));
  const user = overrides.user ?? (await createUser(ctx));
  const now = ctx.clock.now().toISOString();
  const id = newId();
  await insertMembership(ctx.db, {
    id,
    program_id: program.id,
    user_id: user.id,
    role: overrides.role,
    status: overrides.status ?? 'active',
    created_at: now,
    updated_at: now,
  });
  return { id, program, user, role: overrides.role };
}

export async function createCycle(
  ctx: ServiceContext,
  overrides: Partial<{
    program: ProgramRef;
    name: string;
    enrolmentOpensOn: string;
    matchingStartsOn: string;
    mentoringStartsOn: string;
    closesOn: string;
  }> = {},
) {
  const program = overrides.program ?? (await createProgram(ctx));
  return cycles.createCycle(ctx, actorFor(program.admin), {
    programId: program.id,
    name: overrides.name ?? 'Spring cohort',
    enrolmentOpensOn: overrides.enrolmentOpensOn ?? '2027-01-04',
    matchingStartsOn: overrides.matchingStartsOn ?? '2027-01-25',
    mentoringStartsOn: overrides.mentoringStartsOn ?? '2027-02-08',
    closesOn: overrides.closesOn ?? '2027-06-30',
  });
}

export async function createInvitation(
  ctx: ServiceContext,
  overrides: Partial<{ program: ProgramRef; role: 'mentor' | 'mentee'; emails: string[] }> = {},
) {
  const program = overrides.program ?? (await createProgram(ctx));
  const { invitation } = await invitations.createInvitation(ctx, actorFor(program.admin), {
    programId: program.id,
    role: overrides.role ?? 'mentee',
    emails: overrides.emails ?? [],
  });
  return { ...invitation, program };
}

/** A participant with a saved profile (through the profile service); defaults make a complete profile. */
export async function createParticipant(
  ctx: ServiceContext,
  overrides: {
    program?: ProgramRef;
    role: 'mentor' | 'mentee';
    user?: Partial<{ email: string; name: string; timeZone: string }>;
    profile?: Partial<Parameters<typeof profiles.updateMyProfile>[2]>;
  },
) {
  const user = await createUser(ctx, overrides.user);
  const membership = await createMembership(ctx, { program: overrides.program, user, role: overrides.role });
  const profile = await profiles.updateMyProfile(ctx, actorFor(user), {
    programId: membership.program.id,
    headline: `${overrides.role} headline`,
    bio: 'A few words about me.',
    topics: ['System design'],
    languages: ['en'],
    cityId: null,
    availability: [{ weekday: 2, start: '09:00', end: '17:00' }],
    channels: ['video'],
    ...(overrides.role === 'mentor'
      ? { mentor: { capacity: 2, preferences: { languages: [], maxZoneGapHours: null, openToInPerson: false } } }
      : {}),
    ...overrides.profile,
  });
  return { ...membership, profile };
}

export type TestParticipant = Awaited<ReturnType<typeof createParticipant>>;

/**
 * A pending mentorship request through the request service (so the mentor's
 * email is queued too). Creates the program, mentee and mentor it is not given;
 * the default profiles pass every hard filter.
 */
export async function createRequest(
  ctx: ServiceContext,
  overrides: Partial<{ program: ProgramRef; mentee: TestParticipant; mentor: TestParticipant; message: string }> = {},
) {
  const program = overrides.program ?? overrides.mentee?.program ?? overrides.mentor?.program ?? (await createProgram(ctx));
  const mentee = overrides.mentee ?? (await createParticipant(ctx, { program, role: 'mentee' }));
  const mentor = overrides.mentor ?? (await createParticipant(ctx, { program, role: 'mentor' }));
  const request = await requests.createRequest(ctx, actorFor(mentee.user), {
    programId: program.id,
    mentorId: mentor.id,
    message: overrides.message ?? 'Hello! I would like your help growing into a tech lead.',
  });
  return { ...request, program, mentee, mentor };
}

/** An active partnership, made the way people make one: a request the mentor accepts. */
export async function createPartnership(
  ctx: ServiceContext,
  overrides: Partial<{ program: ProgramRef; mentee: TestParticipant; mentor: TestParticipant; message: string }> = {},
) {
  const request = await createRequest(ctx, overrides);
  const { partnership } = await acceptRequest(ctx, actorFor(request.mentor.user), { requestId: request.id });
  return { ...partnership, program: request.program, mentee: request.mentee, mentor: request.mentor, requestId: request.id };
}

export type TestPartnership = Awaited<ReturnType<typeof createPartnership>>;

/**
 * A meetings row, inserted directly (the meetings service is not needed to test what reads
 * them). Defaults: confirmed now, by video, an hour long, two days from now.
 */
export async function createMeeting(
  ctx: ServiceContext,
  overrides: Partial<{
    partnership: TestPartnership;
    status: MeetingStatus;
    startAt: string | null;
    durationMinutes: number;
    channel: MeetingChannel;
    url: string | null;
    location: string | null;
    agenda: string;
    confirmedAt: string | null;
    updatedAt: string;
    proposedBy: 'mentee' | 'mentor';
  }> = {},
) {
  const partnership = overrides.partnership ?? (await createPartnership(ctx));
  const now = ctx.clock.now();
  const status = overrides.status ?? 'confirmed';
  const durationMinutes = overrides.durationMinutes ?? 60;
  const startAt = overrides.startAt === undefined ? new Date(now.getTime() + 2 * 24 * 60 * 60_000).toISOString() : overrides.startAt;
  const channel = overrides.channel ?? 'video';
  const id = newId();
  await ctx.db
    .insertInto('meetings')
    .values({
      id,
      partnership_id: partnership.id,
      program_id: partnership.program.id,
      status,
      proposed_by: overrides.proposedBy ?? 'mentee',
      channel,
      location: overrides.location ?? null,
      url: overrides.url === undefined ? (channel === 'video' || channel === 'link' ? `https://meet.example.org/meridian-${id.slice(0, 8)}` : null) : overrides.url,
      start_at: startAt,
      end_at: startAt ? new Date(Date.parse(startAt) + durationMinutes * 60_000).toISOString() : null,
      duration_minutes: durationMinutes,
      agenda: overrides.agenda ?? '',
      confirmed_at: overrides.confirmedAt === undefined ? (status === 'proposed' ? null : now.toISOString()) : overrides.confirmedAt,
      created_by: partnership.mentee.user.id,
      created_at: now.toISOString(),
      updated_at: overrides.updatedAt ?? now.toISOString(),
    })
    .execute();
  return { id, partnershipId: partnership.id, startAt, durationMinutes, partnership };
}
