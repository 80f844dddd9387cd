import { validateWindows } from '../../core/time/windows';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { updateUser } from '../accounts/accounts.repository';
import type { Actor } from '../accounts/actor';
import { touchMembershipsOfUser } from '../programs/members.repository';
import { countActivePartnerships } from '../partnerships/partnerships.repository';
import { authorize } from '../programs/programs.policy';
import { cityById } from './cities';
import { presentProfile } from './profiles.presenter';
import * as repo from './profiles.repository';
import type { ProfileView, UpdateProfileInput } from './profiles.schemas';
import { normaliseTopics } from './topics';

async function view(ctx: ServiceContext, actor: Actor, membershipId: string): Promise<ProfileView> {
  const m = await repo.findParticipant(ctx.db, membershipId);
  if (!m) throw AppError.notFound('Profile');
  const isOwner = m.user_id === actor.userId;
  const mine = isOwner ? [] : await authorize(ctx.db, actor, m.program_id, 'view', 'Profile');
  const [profile, topics, programTopics, activeMentees] = await Promise.all([
    repo.findProfile(ctx.db, membershipId),
    repo.listTopics(ctx.db, [membershipId]),
    repo.listProgramTopics(ctx.db, m.program_id),
    m.role === 'mentor' ? countActivePartnerships(ctx.db, membershipId) : Promise.resolve(0),
  ]);
  let isPartner = false;
  for (const other of mine) isPartner ||= await repo.arePartners(ctx.db, other.id, membershipId);
  return presentProfile(m, profile, topics, {
    isOwner,
    isPartner,
    activeMentees,
    programTopicKeys: new Set(programTopics.map((t) => t.topic)),
  });
}

/** The membership id of my mentor or mentee profile in a program, or a 404 that says why. */
async function myParticipantId(ctx: ServiceContext, actor: Actor, programId: string): Promise<string> {
  const found = await repo.findParticipantMembershipId(ctx.db, programId, actor.userId);
  if (found) return found.id;
  await authorize(ctx.db, actor, programId, 'view');
  throw new AppError('not_found', 'You have no mentor or mentee profile in this program: admins join as a participant to have one.');
}

export async function getMyProfile(ctx: ServiceContext, actor: Actor, input: { programId: string }): Promise<ProfileView> {
  return view(ctx, actor, await myParticipantId(ctx, actor, input.programId));
}

/** Another participant's profile, for members of the same program; needs shared only with the partner. */
export function getProfile(ctx: ServiceContext, actor: Actor, input: { membershipId: string }): Promise<ProfileView> {
  return view(ctx, actor, input.membershipId);
}

export async function updateMyProfile(
  ctx: ServiceContext,
  actor: Actor,
  input: UpdateProfileInput & { programId: string },
): Promise<ProfileView> {
  const membershipId = await myParticipantId(ctx, actor, input.programId);
  const m = (await repo.findParticipant(ctx.db, membershipId))!;
  const fieldErrors = validateWindows(input.availability).map((i) => ({ path: `availability.${i.path}`, message: i.message }));
  const city = input.cityId ? cityById(input.cityId) : undefined;
  if (input.cityId && !city) fieldErrors.push({ path: 'cityId', message: 'Unknown city: pick one from the city search.' });
  if (input.mentor && m.role !== 'mentor') fieldErrors.push({ path: 'mentor', message: 'Only mentors have capacity and preferences.' });
  if (input.mentee && m.role !== 'mentee') fieldErrors.push({ path: 'mentee', message: 'Only mentees state accessibility needs here.' });
  if (fieldErrors.length) throw new AppError('unprocessable', fieldErrors[0]!.message, fieldErrors);

  const before = await repo.findProfile(ctx.db, membershipId);
  const now = ctx.clock.now().toISOString();
  // A new city brings its zone, unless the person names one (a Dubliner living on London time).
  const zone = input.timeZone ?? (city && city.id !== before?.city_id ? city.timeZone : undefined);
  const mentor = input.mentor;
  const mentee = input.mentee;
  await ctx.db.transaction().execute(async (trx) => {
    await repo.upsertProfile(trx, {
      membership_id: membershipId,
      program_id: m.program_id,
      user_id: m.user_id,
      headline: input.headline,
      bio: input.bio,
      city_id: city?.id ?? null,
      city_name: city?.name ?? null,
      country: city?.country ?? null,
      latitude: city?.latitude ?? null,
      longitude: city?.longitude ?? null,
      languages: JSON.stringify([...new Set(input.languages)]),
      channels: JSON.stringify([...new Set(input.channels)]),
      availability: JSON.stringify(input.availability),
      capacity: mentor?.capacity ?? before?.capacity ?? (m.role === 'mentor' ? 2 : 0),
      pref_languages: mentor ? JSON.stringify([...new Set(mentor.preferences.languages)]) : (before?.pref_languages ?? '[]'),
      max_zone_gap_hours: mentor ? mentor.preferences.maxZoneGapHours : (before?.max_zone_gap_hours ?? null),
      open_to_in_person: mentor ? Number(mentor.preferences.openToInPerson) : (before?.open_to_in_person ?? 0),
      accessibility_needs: mentee?.accessibilityNeeds ?? before?.accessibility_needs ?? '',
      share_accessibility: mentee ? Number(mentee.shareAccessibilityNeeds) : (before?.share_accessibility ?? 0),
      created_at: before?.created_at ?? now,
      updated_at: now,
    });
    await repo.replaceTopics(trx, membershipId, normaliseTopics(input.topics));
    if (zone && zone !== m.time_zone) {
      await updateUser(trx, m.user_id, { time_zone: zone, updated_at: now });
      await touchMembershipsOfUser(trx, m.user_id, now);
    }
  });
  return view(ctx, actor, membershipId);
}

export async function listProgramTopics(ctx: ServiceContext, actor: Actor, input: { programId: string }) {
  await authorize(ctx.db, actor, input.programId, 'view');
  return repo.listProgramTopics(ctx.db, input.programId);
}

/** Replaces the program's topic taxonomy (admins). People's own free topics stay as they are. */
export async function replaceProgramTopics(ctx: ServiceContext, actor: Actor, input: { programId: string; topics: string[] }) {
  await authorize(ctx.db, actor, input.programId, 'edit');
  await ctx.db.transaction().execute((trx) => repo.replaceProgramTopics(trx, input.programId, normaliseTopics(input.topics)));
  return repo.listProgramTopics(ctx.db, input.programId);
}
